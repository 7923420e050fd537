import RepoAccess

/// Everything learnt from the listing alone, in one pass over the paths; decides which files to read.
struct PathSurvey {
    var languageCounts: [String: Int] = [:]
    var frameworks: Set<String> = []
    var aiTools: [DetectedAITool] = []
    var hookManagers: [DetectedHookManager] = []
    var sensitiveFiles: [SensitiveFile] = []
    /// Files whose content is read, with how.
    var jobs: [ContentAnalyzer.Job] = []
    /// Files listed directly in each folder ("" is the root), for grouping candidates into folders.
    var folderFileCounts: [String: Int] = [:]
    /// Listed files that are not read but must not be symbolic links leading out (configs phiguard edits).
    var linkChecks: [String] = []

    private var seenTools = Set<String>()
    private var seenManagers = Set<String>()

    /// Surveys every listed file.
    init(_ files: [ListedFile]) {
        for file in files { add(file) }
    }

    private mutating func add(_ listed: ListedFile) {
        let file = FilePath(listed.path)
        folderFileCounts[file.folder, default: 0] += 1
        if let language = LanguageCatalog.byExtension[file.fileExtension] {
            languageCounts[language, default: 0] += 1
        }
        frameworks.formUnion(FrameworkDetector.markers(file))
        recordConfiguration(file)
        if let kind = SensitiveNames.kind(of: file) {
            sensitiveFiles.append(SensitiveFile(path: file.path, kind: kind, tracked: listed.tracked))
            linkChecks.append(file.path)
        }
        if let role = ContentRole.of(file) {
            jobs.append(ContentAnalyzer.Job(file: .init(path: file, tracked: listed.tracked), role: role))
        }
    }

    private mutating func recordConfiguration(_ file: FilePath) {
        if let tool = AIToolDetector.detect(file) {
            linkChecks.append(file.path)
            if seenTools.insert("\(tool.tool.rawValue)\u{0}\(tool.path)").inserted { aiTools.append(tool) }
        }
        if let manager = HookManagerDetector.detect(file) {
            linkChecks.append(file.path)
            if seenManagers.insert(manager.path).inserted { hookManagers.append(manager) }
        }
        if file.isAtRoot, file.name == ".gitignore" || file.name == ".gitattributes" {
            linkChecks.append(file.path)
        }
    }
}
