// @ts-check

/**
 * PostgreSQL compresses the ~10 KB assessment documents it stores out of
 * line; lz4 (PostgreSQL 14+) does that several times faster than the
 * default pglz, which dominated the first full refresh of a large catalog.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!(await supportsLz4(knex))) return;
  await knex.raw(
    'ALTER TABLE assessments ALTER COLUMN assessment SET COMPRESSION lz4',
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (!(await supportsLz4(knex))) return;
  await knex.raw(
    'ALTER TABLE assessments ALTER COLUMN assessment SET COMPRESSION pglz',
  );
};

/** @param {import('knex').Knex} knex */
async function supportsLz4(knex) {
  if (knex.client.config.client !== 'pg') return false;
  const { rows } = await knex.raw('SHOW server_version_num');
  return Number(rows[0].server_version_num) >= 140000;
}
