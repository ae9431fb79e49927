// @ts-check

/**
 * Latest assessment per entity, score history (only when something changed)
 * and people's checklist state.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('assessments', table => {
    table.comment('Latest assessment of each catalog entity');
    table.string('entity_ref').primary().notNullable();
    table.string('kind').notNullable();
    table.string('namespace').notNullable();
    table.string('name').notNullable();
    table.string('owner').nullable();
    table.string('system').nullable();
    table.string('domain').nullable();
    table.integer('score').notNullable();
    table.string('grade', 1).notNullable();
    table.string('status').notNullable();
    table.string('model_version').notNullable();
    table
      .string('digest')
      .notNullable()
      .comment(
        'Hash of score and findings; history grows only when it changes',
      );
    table.text('assessment').notNullable();
    table
      .string('content_hash')
      .notNullable()
      .comment(
        'Hash of the stored JSON: an unchanged assessment is not rewritten',
      );
    table.timestamp('assessed_at', { useTz: true }).notNullable();
    table.boolean('stale').notNullable().defaultTo(false);
    table.boolean('has_exit_plan').notNullable().defaultTo(false);
    table
      .boolean('exit_tested')
      .notNullable()
      .defaultTo(false)
      .comment('The exit-test checklist item is done and not due');
    table.index(['score']);
    table.index(['owner']);
    table.index(['system']);
  });

  await knex.schema.createTable('assessment_history', table => {
    table.comment('Score over time; one row per change, not per run');
    table.bigIncrements('id').primary();
    table.string('entity_ref').notNullable();
    table.integer('score').notNullable();
    table.string('grade', 1).notNullable();
    table.string('model_version').notNullable();
    table.string('digest').notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.index(['entity_ref', 'recorded_at']);
  });

  await knex.schema.createTable('assessment_services', table => {
    table.comment(
      'Services each assessed entity uses, for provider filters and hotspots',
    );
    table
      .string('entity_ref')
      .notNullable()
      .references('entity_ref')
      .inTable('assessments')
      .onDelete('CASCADE');
    table.string('service_id').notNullable();
    table.string('provider').notNullable();
    table.primary(['entity_ref', 'service_id']);
    table.index(['service_id']);
    table.index(['provider']);
  });

  await knex.schema.createTable('refresh_runs', table => {
    table.comment('One row per scheduled refresh, for status and diagnosis');
    table.bigIncrements('id').primary();
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.string('outcome').notNullable().comment('running, completed, failed');
    table.integer('entities').notNullable().defaultTo(0);
    table.integer('changed').notNullable().defaultTo(0);
    table.integer('removed').notNullable().defaultTo(0);
    table.integer('errors').notNullable().defaultTo(0);
    table.text('message').nullable();
  });

  await knex.schema.createTable('checklist_state', table => {
    table.comment('What people recorded for exit-checklist items');
    table.string('entity_ref').notNullable();
    table.string('item_id').notNullable();
    table.string('status').notNullable();
    table.text('evidence_url').nullable();
    table.text('note').nullable();
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table
      .integer('version')
      .notNullable()
      .comment('Optimistic concurrency: a write must name the version it read');
    table
      .string('write_id')
      .notNullable()
      .comment(
        'Identifies the write that set this version, to detect lost races',
      );
    table.primary(['entity_ref', 'item_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('checklist_state');
  await knex.schema.dropTable('refresh_runs');
  await knex.schema.dropTable('assessment_services');
  await knex.schema.dropTable('assessment_history');
  await knex.schema.dropTable('assessments');
};
