import RepoAccess

/// Everything learnt from the listing alone, in one pass over the paths; decides which files to read.
struct PathSurvey {
    var languageCounts: [String: Int] = [:]
    var frameworks: Set<String> = []
    var aiTools: [DetectedAITool] = []
    var hookManagers: [DetectedHookManager] = []
    var sensitiveFiles: [SensitiveFile] = []
    /// Files whose content is to be read, with how (source files are in `sourceJobs`), until taken.
    private var jobs: [ContentAnalyzer.Job] = []
    /// Source files that may be read, see `SourceSelection`, until taken.
    private var sourceJobs: [ContentAnalyzer.Job] = []
    /// Source files surveyed so far, read or not.
    private var sourceFileCount = 0
    /// Source files `SourceSelection` left unread.
    private(set) var unreadSourceFiles = 0
    /// Folders where ignored secret files are looked for: the root, top-level folders, manifest folders.
    var secretFolders: Set<String> = [""]
    /// Files listed directly in each folder ("" is the root), for grouping candidates into folders.
    var folderFileCounts: [String: Int] = [:]
    /// Listed files that are not read but must not be symbolic links leading out (configs phiguard edits).
    var linkChecks: [String] = []

    private var seenTools = Set<String>()
    private var seenManagers = Set<String>()

    /// A survey of nothing yet.
    init() {}

    /// A survey of `files`.
    init(_ files: [ListedFile]) {
        add(files)
    }

    /// Surveys more listed files (inspect surveys tracked files while git still lists untracked ones).
    mutating func add(_ files: [ListedFile]) {
        for file in files { add(file) }
    }

    /// The files to read among those surveyed since the last call: every non-source file, and the
    /// source files `SourceSelection` picks once the repository has more than `fullReadLimit`.
    mutating func takeJobs(fullReadLimit: Int = SourceSelection.fullReadLimit) -> [ContentAnalyzer.Job] {
        defer {
            jobs.removeAll()
            sourceJobs.removeAll()
        }
        sourceFileCount += sourceJobs.count
        guard sourceFileCount > fullReadLimit else { return jobs + sourceJobs }
        // Files share folders: judge each folder once.
        var hintedFolders: [String: Bool] = [:]
        let picked = sourceJobs.filter { job in
            let folder = job.file.path.folder
            let hinted = hintedFolders[folder] ?? {
                let value = SourceSelection.isHinted(folder)
                hintedFolders[folder] = value
                return value
            }()
            return hinted || SourceSelection.isHinted(job.file.path.name)
        }
        unreadSourceFiles += sourceJobs.count - picked.count
        return jobs + picked
    }

    private mutating func add(_ listed: ListedFile) {
        let file = FilePath(listed.path)
        folderFileCounts[file.folder, default: 0] += 1
        if !file.isAtRoot, file.folder.utf8.firstIndex(of: UInt8(ascii: "/")) == nil { secretFolders.insert(file.folder) }
        if let language = LanguageCatalog.byExtension[file.fileExtension] {
            languageCounts[language, default: 0] += 1
        }
        frameworks.formUnion(FrameworkDetector.markers(file))
        recordConfiguration(file)
        if let kind = SensitiveNames.kind(of: file) {
            sensitiveFiles.append(SensitiveFile(path: file.path, kind: kind, tracked: listed.tracked))
            linkChecks.append(file.path)
        }
        guard let role = ContentRole.of(file) else { return }
        let job = ContentAnalyzer.Job(file: .init(path: file, tracked: listed.tracked), role: role)
        if role == .source {
            sourceJobs.append(job)
        } else {
            jobs.append(job)
        }
        if case .manifest = role { secretFolders.insert(file.folder) }
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
