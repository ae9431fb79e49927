// @ts-check

/**
 * The catalog's average score per day, for the dashboard's trend. Refresh
 * runs are pruned after a hundred; this keeps one small row per day instead.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('score_trend', table => {
    table.comment(
      'Catalog-wide average score, last completed refresh of each day',
    );
    table.string('day', 10).primary().notNullable().comment('YYYY-MM-DD, UTC');
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.float('average_score').notNullable();
    table.integer('total_entities').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('score_trend');
};
