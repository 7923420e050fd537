const express = require('express');
const { Patient } = require('../models/patient');

const router = express.Router();

router.get('/patients', async (req, res) => {
  res.json(await Patient.findAll({ attributes: ['id'] }));
});

router.get('/patients/:id', async (req, res) => {
  res.json(await Patient.findByPk(req.params.id));
});

module.exports = router;
