/// Words that put a sentence in health care: settings, people, conditions, procedures, tests,
/// medicines and the abbreviations clinicians write. A name counts on weaker cues when one of these
/// is near. All lowercase; `isClinical` also knows the suffixes of conditions, procedures and drugs.
/// Two-letter abbreviations that are also state codes (`CA`, `CT`, `MI`) are left out: addresses are
/// full of them.
enum ClinicalLexicon {
    static func isClinical(_ word: String) -> Bool {
        if words.contains(word) { return true }
        guard word.count >= 6 else { return false }
        return suffixes.contains { word.hasSuffix($0) }
    }

    /// Condition, procedure and drug-class endings (`nephritis`, `cholecystectomy`, `lisinopril`).
    private static let suffixes = [
        "itis", "osis", "emia", "aemia", "uria", "algia", "ectomy", "otomy", "ostomy", "plasty", "scopy", "penia",
        "plegia", "paresis", "rrhea", "rrhoea", "rrhage", "cardia", "pnea", "pnoea", "iasis", "mycin", "cillin", "pril",
        "sartan", "olol", "statin", "azole", "prazole", "tidine", "dipine", "gliptin", "gliflozin", "glutide", "tinib",
        "cycline", "floxacin", "semide", "thiazide", "parin", "xaban", "gatran", "triptan", "azepam", "azolam",
        "oxetine", "barbital", "profen", "codone", "morphone", "ectomies", "ostomies", "plasties", "scopies", "iatric",
        "iatrics", "iatrist", "natal", "partum", "carcinoma", "sarcoma", "lymphoma", "melanoma", "myeloma", "adenoma",
        "glioma", "neuropathy", "myopathy", "retinopathy", "nephropathy", "cardiogram", "angiogram", "mammogram",
    ]

    static let words: Set<String> = WordList.words("""
        pt pts admitted admission admit discharge discharged d/c readmit readmission readmitted hospital
        hospitalized clinic clinics er ed icu nicu picu ccu pacu triage ems ambulance hospice snf ltc rehab
        nursing nurse rn lpn cna np doctor physician provider pcp specialist surgeon attending resident
        hospitalist pharmacist pharmacy therapist chw caregiver follow-up followup f/u pre-op post-op preop
        postop perioperative pod1 pod2 pod3 s/p dnr dni polst molst hcp palliative bedside rounds history hx pmh
        psh hpi ros cc complaint chief symptom symptoms sx diagnosis diagnoses dx ddx prognosis assessment a/p
        exam examination vitals vital bp hr rr temp spo2 sat sats o2 oxygen ra weight bmi height pain fever
        febrile afebrile chills cough nausea vomiting diarrhea constipation fatigue dizziness dizzy syncope
        syncopal seizure seizures confusion confused delirium agitation agitated lethargic sleepy drowsy
        weakness numbness rash swelling edema sob dyspnea wheezing headache headaches migraine migraines
        bleeding bruising fall falls fell injury injuries injured wound wounds ulcer burn fracture fractures
        sprain laceration trauma overdose od withdrawal intoxicated suicidal depressed depression anxiety
        anxious psychosis bipolar schizophrenia ptsd adhd autism dementia alzheimer parkinson stroke cva tia
        stemi nstemi chf hf afib a-fib cad htn hypertension hld hyperlipidemia cholesterol dm dm1 dm2 t2dm
        diabetes diabetic gdm copd asthma ckd esrd aki uti pneumonia sepsis septic covid covid-19 flu influenza
        rsv hiv hcv hbv tb cancer tumor tumour lesion metastatic mets chemo chemotherapy radiation oncology
        lymphoma leukemia melanoma biopsy pregnant pregnancy prenatal postpartum trimester ob obgyn gyn labor
        delivery c-section miscarriage lmp edd newborn infant peds pediatric geriatric frail obesity obese
        anemia allergy allergies allergic nkda anaphylaxis infection infected abscess cellulitis herniation
        hernia sciatica arthritis osteoporosis gout lupus crohn colitis ibd ibs gerd cirrhosis hepatitis
        pancreatitis kidney renal liver hepatic heart cardiac lung lungs pulmonary brain neuro neurologic spine
        spinal hip knee shoulder chest abdominal abdomen skin eye eyes vision hearing dental teeth bowel bladder
        urinary incontinence catheter foley iv picc ventilator intubated bipap cpap trach peg g-tube ng stoma
        ostomy dialysis transplant amputation cbc bmp cmp a1c hba1c glucose insulin lipid ldl hdl triglycerides
        tsh egfr gfr creatinine bun potassium sodium troponin bnp d-dimer inr ptt abg vbg lactate cultures ua
        urine stool pcr swab xray x-ray cxr cta mri mra ultrasound echo echocardiogram ekg ecg eeg emg cath
        angiogram endoscopy colonoscopy egd mammogram pap screening dexa surgery surgical procedure operation
        operative anesthesia sedation cabg pci tka tha orif appy chole cysto urogram ect infusion transfusion
        vaccine vaccines vaccinated vaccination immunization shot booster mg mcg ml tablet tablets inhaler
        injection bid tid qid qd prn refill refills rx prescription prescribed prescribe medication medications
        meds med antibiotic antibiotics abx opioid opioids narcotic steroid steroids anticoagulation
        anticoagulant blood thinner metformin lisinopril atorvastatin warfarin eliquis apixaban xarelto heparin
        lantus ozempic humira prednisone ibuprofen tylenol acetaminophen aspirin oxycodone morphine fentanyl
        naloxone narcan buprenorphine suboxone methadone sertraline zoloft fluoxetine lorazepam ativan haldol
        seroquel lithium ceftriaxone vancomycin zosyn amoxicillin azithromycin baclofen gabapentin furosemide
        lasix levothyroxine albuterol ivf fluids npo pt/ot wheelchair dme cgm pacemaker icd defibrillator
        implant hearing-aid concentrator nebulizer soap sbar mdm h&p unstable presenting presented presents
        complains denies reports endorses c/o w/ y/o yo year-old yrs male female died death deceased expired
        autopsy funeral bereavement grief wristband vaccinate immunize ob/gyn pediatrician cardiologist
        oncologist neurologist psychiatrist psychologist counselor counseling psych behavioral mental substance
        alcohol smoker smoking tobacco cessation dentist orthodontist optometrist chiropractor midwife doula
        lactation breastfeeding diaper immunizations well-child biopsies pathology radiology sonogram rcri
        ejection palpitations bradycardia tachycardia relapse remission survivorship hospitalization
        hospitalizations ama elopement fall-risk mold homeless shelter sdoh dialysis hemolysis coma crisis
        hemolytic hematuria ecmo fio2 peep sbar tpa mds hospice hgb hemoglobin hematocrit hct ferritin iron
        platelets plt wbc rbc neutrophils electrolytes magnesium calcium phosphorus albumin bilirubin alt ast
        lipase ammonia ck esr crp procalcitonin vitamin b12 folate psa cea hcg beta-hcg depressive psychiatric
        esa therapy-dog mdd gad ocd insomnia sleep apnea osa bpd suicide self-harm eating anorexia bulimia
        postpartum ppd hospitalist icu stepdown tele med-surg
        """)
}
