const { DataTypes } = require('sequelize');
const { sequelize } = require('../util/db');

const Patient = sequelize.define('Patient', {
  mrn: { type: DataTypes.STRING, allowNull: false, unique: true },
  givenName: DataTypes.STRING,
  familyName: DataTypes.STRING,
  dateOfBirth: DataTypes.DATEONLY,
}, { tableName: 'patients' });

module.exports = { Patient };
