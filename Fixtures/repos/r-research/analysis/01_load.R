library(readr)

patients <- read_csv("data/patients.csv")
cohort <- subset(patients, !is.na(birth_date))
saveRDS(cohort, "cohort.rds")
