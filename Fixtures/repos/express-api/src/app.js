const express = require('express');
const patients = require('./routes/patients');

const app = express();
app.use(express.json());
app.use('/api', patients);
app.get('/health', (req, res) => res.json({ ok: true }));
app.get('/api/claims/:claimId', (req, res) => res.json({ id: req.params.claimId }));

app.listen(process.env.PORT || 3000);
