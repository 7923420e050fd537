encounters <- read.csv("data/encounters.csv")
per_patient <- aggregate(visit_id ~ patient_id, data = encounters, FUN = length)
write.csv(per_patient, "out/per_patient.csv", row.names = FALSE)
