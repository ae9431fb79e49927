// @ts-check

/**
 * Entities with nothing to grade (no service, no hosting) are counted apart
 * from the dashboard's averages. Existing rows count as assessable until
 * the next refresh rewrites them with the engine's verdict.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('assessments', table => {
    table
      .boolean('assessable')
      .notNullable()
      .defaultTo(true)
      .comment(
        'False when no service is declared, discovered or inherited and no hosting is known',
      );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('assessments', table => {
    table.dropColumn('assessable');
  });
};
