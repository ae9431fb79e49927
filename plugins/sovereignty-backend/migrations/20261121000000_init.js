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
      .comment('Hash of score and findings; history grows only when it changes');
    table.text('assessment').notNullable();
    table.timestamp('assessed_at', { useTz: true }).notNullable();
    table.boolean('stale').notNullable().defaultTo(false);
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
    table.primary(['entity_ref', 'item_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('checklist_state');
  await knex.schema.dropTable('assessment_history');
  await knex.schema.dropTable('assessments');
};
