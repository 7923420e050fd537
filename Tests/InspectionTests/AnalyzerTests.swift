@testable import Inspection
import Testing

/// The content analyzers on the ORM and router dialects the fixtures do not cover.
@Suite struct AnalyzerTests {
    @Test(arguments: [
        ("class Patient(Base):\n    __tablename__ = 'patient_records'\n    ssn = Column(String)\n", "patient_records", ["ssn"]),
        ("class Encounter(db.Model):\n    id = db.Column(db.Integer)\n", "encounters", []),
        ("create_table :prescriptions do |t|\n  t.string :mrn\nend\n", "prescriptions", ["mrn"]),
        ("@Entity('claims')\nexport class Claim {\n  @Column() memberId: string;\n  @Column() icd10Code: string;\n}\n",
         "claims", ["icd10_code"]),
        ("@Entity\n@Table(name = \"lab_results\")\npublic class LabResult {\n  private String patientMrn;\n}\n",
         "lab_results", ["patient_mrn"]),
        ("op.create_table('visits', sa.Column('patient_id', sa.Integer), sa.Column('dob', sa.Date))\n",
         "visits", ["patient_id", "dob"]),
        ("model Person {\n  id Int @id\n  dateOfBirth DateTime\n  email String\n}\n", "persons", ["date_of_birth", "email"]),
        ("import \"gorm.io/gorm\"\n\ntype Encounter struct {\n\tgorm.Model\n\tPatientID uint\n}\n", "encounters", ["patient_id"]),
        ("using System.ComponentModel.DataAnnotations;\n[Table(\"member_records\")]\npublic class MemberRecord\n{\n    public string Ssn { get; set; }\n}\n",
         "member_records", ["ssn"]),
    ])
    func schemaDialects(source: String, table: String, columns: [String]) {
        let tables = SchemaAnalyzer.tables(in: source).filter(\.isRestricted)
        #expect(tables == [TableDefinition(table: table, phiColumns: columns)])
    }

    @Test func ordinaryModelsAreNotRestricted() {
        let source = "class Product(models.Model):\n    name = models.CharField()\n    address = models.TextField()\n"
        #expect(SchemaAnalyzer.tables(in: source).filter(\.isRestricted).isEmpty)
    }

    @Test func plainTypesAreNotTablesWithoutAnORMMarker() {
        #expect(SchemaAnalyzer.tables(in: "type Patient struct {\n\tMRN string\n}\n").isEmpty)
        #expect(SchemaAnalyzer.tables(in: "public class Patient\n{\n    public string Mrn { get; set; }\n}\n").isEmpty)
    }

    @Test(arguments: [
        ("@router.get(\"/patients/{patient_id}\")\ndef read(patient_id: int): ...\n", ["/patients/{patient_id}"], "/patients/*"),
        ("@app.route('/api/v1/claims/<int:claim_id>/lines')\n", ["/api/v1/claims/<int:claim_id>/lines"], "/api/v1/claims/*"),
        ("@GetMapping(\"/api/encounters/{id}\")\n", ["/api/encounters/{id}"], "/api/encounters/*"),
        ("urlpatterns = [re_path(r'^patients/(?P<pk>[0-9]+)/$', v)]\n", ["^patients/(?P<pk>[0-9]+)/$"], "/patients/*"),
        ("resources :prescriptions\n", ["/prescriptions"], "/prescriptions/*"),
        ("@Controller('medical-records')\n", ["medical-records"], "/medical-records/*"),
    ])
    func routeDialects(source: String, routes: [String], glob: String) {
        #expect(RouteAnalyzer.patientRoutes(in: source) == routes)
        #expect(routes.first.flatMap(RouteAnalyzer.glob) == glob)
    }

    @Test func routesWithoutPatientSegmentsAreIgnored() {
        let source = "app.get('/health', h)\nrouter.post('/orders/:id', h)\npath('admin/', admin.site.urls)\n"
        #expect(RouteAnalyzer.patientRoutes(in: source).isEmpty)
        // A parameter before the patient segment leaves no literal prefix to restrict.
        #expect(RouteAnalyzer.glob(for: "/:tenant/patients") == nil)
    }

    @Test(arguments: [
        ("birthDate", "birth_date"), ("DOB", "dob"), ("patientMRN", "patient_mrn"), ("ICD10Code", "icd10_code"),
        ("date_of_birth", "date_of_birth"), ("HTTPServer", "http_server"), ("Date Of Birth", "date_of_birth"),
    ])
    func identifierNormalisation(raw: String, normalized: String) {
        #expect(IdentifierTokenizer.normalize(raw) == normalized)
    }

    @Test func etlNeedsADataReadAndPatientData() {
        #expect(DataReadAnalyzer.reason(in: "df = pd.read_csv('exports/claims_2024.csv')\n")
            == "reads patient data from exports/claims_2024.csv")
        #expect(DataReadAnalyzer.reason(in: "df = pd.read_csv('prices.csv')\ndf['mrn']\n") == "reads patient data (columns mrn)")
        #expect(DataReadAnalyzer.reason(in: "df = pd.read_csv('prices.csv')\n") == nil)
        #expect(DataReadAnalyzer.reason(in: "patients = load_everything()\n") == nil)
    }

    @Test func queriesOfPatientTables() {
        #expect(SQLQueryAnalyzer.patientTables(in: "select * from {{ ref('encounters') }} e join public.patients p on p.id = e.pid")
            == ["encounters", "patients"])
        #expect(SQLQueryAnalyzer.patientTables(in: "SELECT sku FROM products JOIN prices USING (sku)").isEmpty)
        #expect(DataReadAnalyzer.reason(in: "df = pd.read_sql(\"SELECT mrn FROM patients\", engine)\n")
            == "reads patient data from table patients (columns mrn)")
    }

    @Test func pluralsFollowTableConventions() {
        #expect(SchemaAnalyzer.plural(of: "patient") == "patients")
        #expect(SchemaAnalyzer.plural(of: "diagnosis") == "diagnoses")
        #expect(SchemaAnalyzer.plural(of: "allergy") == "allergies")
        #expect(SchemaAnalyzer.plural(of: "claims") == "claims")
    }
}
