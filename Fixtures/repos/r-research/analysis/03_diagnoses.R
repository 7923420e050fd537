library(dplyr)

dx <- readr::read_csv("data/diagnoses.csv")
counts <- dx %>% count(icd10_code, sort = TRUE)
print(head(counts))
