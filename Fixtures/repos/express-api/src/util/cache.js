// Builds the local cache schema used by the offline mode.
const knex = require('knex')({ client: 'sqlite3', connection: { filename: './cache.sqlite3' } });

async function setup() {
  await knex.schema.createTable('patients', (table) => {
    table.increments('id');
    table.string('display_label');
  });
}

module.exports = { setup };
