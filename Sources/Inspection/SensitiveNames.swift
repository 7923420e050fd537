/// Sensitive files recognised by name alone: secrets, keys, credentials, databases and binary data.
enum SensitiveNames {
    private static let envTemplates: Set<String> = ["example", "sample", "template", "dist", "defaults", "schema"]
    private static let keyExtensions: Set<String> = ["key", "p12", "pfx", "jks", "keystore", "ppk", "p8"]
    private static let sshKeys: Set<String> = ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"]
    private static let credentialFiles: Set<String> = [".netrc", ".pgpass", ".htpasswd", ".pypirc", ".git-credentials"]
    private static let databaseExtensions: Set<String> = ["sqlite", "sqlite3", "db", "mdb", "accdb"]
    private static let dumpSuffixes = [".dump", ".bak", ".sql.gz", ".sql.bz2", ".sql.xz", ".sql.zip"]

    /// Binary data formats phiguard does not parse; they are judged by name and size.
    static let binaryDataExtensions: Set<String> = [
        "parquet", "xlsx", "xls", "feather", "sas7bdat", "xpt", "dta", "sav", "rds", "rdata", "rda", "h5", "hdf5",
        "avro", "orc",
    ]

    /// Extensions a sensitive name can have; with any other, only the name's start can make it sensitive.
    private static let possibleExtensions = keyExtensions.union(databaseExtensions)
        .union(["env", "dump", "bak", "gz", "bz2", "xz", "zip", "json", "yml", "yaml", "tfstate", "backup", "kubeconfig"])

    /// The kind of a file sensitive by its name, or nil (content-judged kinds come later).
    static func kind(of file: FilePath) -> String? {
        let name = file.lowercasedName
        // Fast rejection for the bulk of a listing (`handler.py`, `README.md`).
        if !possibleExtensions.contains(file.fileExtension), let first = name.utf8.first,
           !".icsk".utf8.contains(first)
        {
            return nil
        }
        if isEnvironmentFile(name) { return "env" }
        if keyExtensions.contains(file.fileExtension) || sshKeys.contains(name) { return "private-key" }
        if isCredentialFile(name, file) || isInfrastructureState(name, file) { return "credentials" }
        if databaseExtensions.contains(file.fileExtension) { return "database" }
        if dumpSuffixes.contains(where: name.hasSuffix) { return "database-dump" }
        return nil
    }

    /// `.env`, `.env.production`, `prod.env`; not the templates projects commit on purpose (`.env.example`).
    private static func isEnvironmentFile(_ name: String) -> Bool {
        if name == ".env" || name.hasSuffix(".env") { return true }
        guard name.hasPrefix(".env.") else { return false }
        let suffix = name.split(separator: ".").last.map(String.init) ?? ""
        return !envTemplates.contains(suffix)
    }

    /// Terraform state (it holds every secret the resources were created with) and kubeconfigs.
    private static func isInfrastructureState(_ name: String, _ file: FilePath) -> Bool {
        if name.hasSuffix(".tfstate") || name.hasSuffix(".tfstate.backup") { return true }
        if name == "kubeconfig" || file.fileExtension == "kubeconfig" { return true }
        return name == "config" && (file.path == ".kube/config" || file.path.hasSuffix("/.kube/config"))
    }

    private static func isCredentialFile(_ name: String, _ file: FilePath) -> Bool {
        if credentialFiles.contains(name) { return true }
        if name.hasPrefix("credentials") || name.hasPrefix("secrets") || name.hasPrefix("secret.") { return true }
        return name.hasPrefix("service-account") && file.fileExtension == "json"
    }
}
