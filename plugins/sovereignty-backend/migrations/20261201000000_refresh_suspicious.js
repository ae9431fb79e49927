// @ts-check

/**
 * A refresh that would remove more than the configured share of stored
 * assessments keeps them and says so: the run is marked suspicious.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('refresh_runs', table => {
    table
      .boolean('suspicious')
      .notNullable()
      .defaultTo(false)
      .comment(
        'The catalog returned far fewer entities than stored; nothing was removed',
      );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('refresh_runs', table => {
    table.dropColumn('suspicious');
  });
};
