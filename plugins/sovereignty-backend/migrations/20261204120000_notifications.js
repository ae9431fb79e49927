// @ts-check

/**
 * What the notifications told people, so each event reaches an entity's
 * owners once and not on every refresh: the events sent, and the last grade
 * each entity had, to notice a refresh that dropped it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('notifications_sent', table => {
    table.comment(
      'One row per event its owners were notified of, while it is still true',
    );
    table.string('entity_ref').notNullable();
    table
      .string('kind')
      .notNullable()
      .comment('reviewOverdue, retestDue (grade drops: notification_grades)');
    table
      .string('event_key')
      .notNullable()
      .comment('What makes the event one event, e.g. service and review date');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'kind', 'event_key']);
  });

  await knex.schema.createTable('notification_grades', table => {
    table.comment(
      'The grade of each entity when its owners were last told of it (or it was first seen)',
    );
    table.string('entity_ref').primary().notNullable();
    table.string('grade', 1).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('notification_grades');
  await knex.schema.dropTable('notifications_sent');
};
