import Foundation
import SteleContent
import SteleSupport
import SteleText

/// What a build cuts words with, and from where: the jieba dictionary (or ICU when there is none),
/// the site's own words, the stopwords, and the background IDF table.
///
/// stele.yml may set `dictionary:` (a jieba dict.txt), `idf:` (an idf.txt), `words:` (a list of
/// `word [frequency] [tag]`) and `stopwords:` (a list); `SITE/words.txt` adds words in jieba's user
/// dictionary format. Relative paths are relative to the site folder.
public struct WordSources: Sendable {
    /// Where Debian's python3-jieba installs its dictionary.
    public static let debianDictionary = WordDictionary.jiebaPath
    public static let debianIDF = "/usr/lib/python3/dist-packages/jieba/analyse/idf.txt"
    public static let wordListName = "words.txt"

    public var segmenter: any WordSegmenter
    /// The dictionary file read, nil when words were cut by ICU.
    public var dictionaryPath: String?
    /// The IDF file to weigh distinctive words against, nil when there is none.
    public var idfPath: String?
    public var stopwords: WordSet
    /// Number of words the site added (words.txt and `words:`).
    public var userWordCount: Int
    /// Number of words in the dictionary read (0 for ICU).
    public var dictionaryWordCount: Int
    /// Whether jieba's HMMs find the words the dictionary lacks (python3-jieba's tables were found).
    public var findsNewWords: Bool
    /// Where the dictionary and the IDF table were looked for, for the notes that say they were missing.
    public var searchedDictionary = WordSources.debianDictionary
    public var searchedIDF = WordSources.debianIDF
    /// The site folder, so that pages can name a site's own files relative to it: the same bytes
    /// wherever the site is checked out.
    public var siteDirectory: URL?
    /// What decides how words are cut and weighed, for `AnalysisCache` and `BuildManifest`: equal
    /// identities cut every text alike. Sources
    /// made by hand get one of their own, equal to no other.
    public var identity: String = "unnamed-\(UUID().uuidString)"

    /// `path` as pages show it: relative to the site folder when inside it, else as is.
    public func shownPath(_ path: String?) -> String? {
        guard let path, let root = siteDirectory?.standardizedFileURL.path else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    public var usesDictionary: Bool { dictionaryPath != nil }

    public init(segmenter: any WordSegmenter, dictionaryPath: String?, idfPath: String?,
                stopwords: WordSet = Stopwords.chinese, userWordCount: Int = 0) {
        self.segmenter = segmenter
        self.dictionaryPath = dictionaryPath
        self.idfPath = idfPath
        self.stopwords = stopwords
        self.userWordCount = userWordCount
        self.dictionaryWordCount = (segmenter as? DictionarySegmenter)?.dictionary.wordCount ?? 0
        self.findsNewWords = (segmenter as? DictionarySegmenter)?.unknownWords != nil
    }

    /// Resolves the site's settings and loads the dictionary (read once per process, however many
    /// builds run). Without `dictionary:` and `idf:` in stele.yml, the defaults are looked for: when the
    /// dictionary is not there, ICU cuts the words.
    public static func load(config: SiteConfig, siteDirectory: URL, defaultDictionary: String = debianDictionary,
                            defaultIDF: String = debianIDF,
                            hmmDirectory: String = UnknownWordModel.jiebaDirectory) throws(ContentError) -> WordSources {
        let settings = try ResolvedSettings(config: config, siteDirectory: siteDirectory, defaultDictionary: defaultDictionary,
                                            defaultIDF: defaultIDF, hmmDirectory: hmmDirectory)
        prefetch(idf: settings.idfPath, hmm: settings.dictionaryPath == nil ? nil : hmmDirectory)
        var sources: WordSources
        if let dictionaryPath = settings.dictionaryPath {
            var segmenter = try cachedSegmenter(dictionary: dictionaryPath, userWords: settings.userWords)
            segmenter.unknownWords = try unknownWordModel(in: hmmDirectory)
            sources = WordSources(segmenter: segmenter, dictionaryPath: dictionaryPath, idfPath: settings.idfPath,
                                  stopwords: settings.stopwords, userWordCount: settings.userWords.count)
        } else {
            sources = WordSources(segmenter: ICUWordSegmenter(), dictionaryPath: nil, idfPath: settings.idfPath,
                                  stopwords: settings.stopwords, userWordCount: settings.userWords.count)
        }
        sources.searchedDictionary = defaultDictionary
        sources.searchedIDF = defaultIDF
        sources.siteDirectory = siteDirectory
        sources.identity = settings.identity
        return sources
    }

    /// What `load` would give `identity`, without reading the dictionary or the HMMs: for a build that
    /// only needs to know whether anything it reads has changed (`BuildManifest`).
    public static func identity(config: SiteConfig, siteDirectory: URL, defaultDictionary: String = debianDictionary,
                                defaultIDF: String = debianIDF,
                                hmmDirectory: String = UnknownWordModel.jiebaDirectory) throws(ContentError) -> String {
        try ResolvedSettings(config: config, siteDirectory: siteDirectory, defaultDictionary: defaultDictionary,
                             defaultIDF: defaultIDF, hmmDirectory: hmmDirectory).identity
    }

    /// The site's word settings with their files found and its own words read: all that `load` needs
    /// besides the tables themselves, and all that decides how words are cut and weighed.
    private struct ResolvedSettings {
        var dictionaryPath: String?
        var idfPath: String?
        var userWords: [UserWord]
        var stopwords: WordSet
        var identity: String

        init(config: SiteConfig, siteDirectory: URL, defaultDictionary: String, defaultIDF: String,
             hmmDirectory: String) throws(ContentError) {
            let settings = Settings(config: config, siteDirectory: siteDirectory)
            userWords = try settings.userWords()
            stopwords = Stopwords.chinese.union(try settings.list("stopwords"))
            idfPath = try settings.existingFile("idf", default: defaultIDF)
            dictionaryPath = try settings.existingFile("dictionary", default: defaultDictionary)
            // The files' sizes and times too: a dictionary updated in place cuts differently.
            let files = [dictionaryPath, hmmDirectory + "/finalseg/prob_emit.py", hmmDirectory + "/posseg/prob_emit.py", idfPath]
            let fileIdentities = files.map { path -> String in
                guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "-" }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                return "\(path) \(attributes[.size] ?? "-") \(modified)"
            }
            let userWordLines = userWords.map { "\($0.word) \($0.frequency.map(String.init) ?? "-") \($0.tag)" }
            identity = (fileIdentities + userWordLines + stopwords.sorted()).joined(separator: "\n")
        }
    }

    /// Starts reading the IDF table and the HMM tables on other threads, into the caches that `load`
    /// and `StatisticsReport` read them from, while this one reads the dictionary: the three take about
    /// a second one after the other, most of a small site's build. A table that fails is read again,
    /// and reported, by its real reader.
    private static func prefetch(idf: String?, hmm directory: String?) {
        if let idf {
            DispatchQueue.global().async { _ = try? IDFTable.load(path: idf) }
        }
        if let directory, FileManager.default.fileExists(atPath: directory + "/finalseg/prob_emit.py") {
            DispatchQueue.global().async { _ = try? UnknownWordModel.load(jiebaDirectory: directory) }
        }
    }

    /// jieba's HMMs for the words a dictionary lacks, from the jieba folder `directory` when its tables
    /// are there (python3-jieba installs them with the dictionary); nil when they are not, and words the
    /// dictionary lacks then come out character by character.
    static func unknownWordModel(in directory: String) throws(ContentError) -> UnknownWordModel? {
        guard FileManager.default.fileExists(atPath: directory + "/finalseg/prob_emit.py") else { return nil }
        return try wordData { () throws(WordDataError) in try UnknownWordModel.load(jiebaDirectory: directory) }
    }

    /// Dictionaries read in this process.
    private static let dictionaries = LoadedFileCache<DictionarySegmenter>()

    /// Lets every table read in this process go (dictionaries, IDF tables, HMMs: about 50 MB with
    /// jieba's): for a process that builds once, after its analysis. A later `load` reads them again.
    public static func forgetLoadedTables() {
        dictionaries.removeAll()
        WordDictionary.forgetLoaded()
        IDFTable.forgetLoaded()
        UnknownWordModel.forgetLoaded()
    }

    /// The dictionary at `path`, read once per process, with `userWords` added to a copy (the cached one stays as read).
    static func cachedSegmenter(dictionary path: String, userWords: [UserWord]) throws(ContentError)
        -> DictionarySegmenter
    {
        var segmenter = try dictionaries.value(for: path) { path throws(ContentError) in
            try dictionarySegmenter(path: path)
        }
        segmenter.add(userWords)
        return segmenter
    }

    /// A segmenter over the jieba dictionary at `path` with `userWords` added.
    public static func dictionarySegmenter(path: String, userWords: [UserWord] = []) throws(ContentError)
        -> DictionarySegmenter
    {
        let dictionary = try wordData { () throws(WordDataError) in try WordDictionary.load(path: path) }
        var segmenter = DictionarySegmenter(dictionary: dictionary)
        segmenter.add(userWords)
        return segmenter
    }

    /// The word settings of stele.yml, with the line each is on for errors.
    private struct Settings {
        var config: SiteConfig
        var siteDirectory: URL

        func value(_ key: String) -> FrontmatterValue? {
            config.params.last(where: { $0.key == key })?.value
        }

        /// `stele.yml:LINE` of `key:`, so that a wrong value can be found.
        func location(_ key: String) -> SourceLocation {
            let url = siteDirectory.appendingPathComponent(SiteConfig.fileName)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.hasPrefix("\(key):") }
            return SourceLocation(file: SiteConfig.fileName, line: line.map { $0 + 1 })
        }

        /// The file `key` names (it must exist), else `defaultPath` when that exists, else nil.
        func existingFile(_ key: String, default defaultPath: String) throws(ContentError) -> String? {
            guard let setting = value(key) else {
                return FileManager.default.fileExists(atPath: defaultPath) ? defaultPath : nil
            }
            guard case let .string(path) = setting, !path.isEmpty else {
                throw .wrongType(location(key), key: key, expected: "the path of a file")
            }
            let resolved = path.hasPrefix("/") ? path : siteDirectory.standardizedFileURL.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: resolved) else {
                throw .unreadable(location(key), reason: "\(key) '\(path)' does not exist")
            }
            return resolved
        }

        /// The strings of the list `key` (a single string counts as a list of one).
        func list(_ key: String) throws(ContentError) -> [String] {
            switch value(key) {
            case nil, .null?: return []
            case let .string(string)?: return [string]
            case let .list(items)?:
                var strings: [String] = []
                for item in items {
                    switch item {
                    case let .string(string): strings.append(string)
                    case let .int(number): strings.append(String(number))
                    default: throw .wrongType(location(key), key: key, expected: "a list of words")
                    }
                }
                return strings
            default:
                throw .wrongType(location(key), key: key, expected: "a list of words")
            }
        }

        /// SITE/words.txt, then `words:` of stele.yml.
        func userWords() throws(ContentError) -> [UserWord] {
            var words: [UserWord] = []
            let file = siteDirectory.appendingPathComponent(WordSources.wordListName)
            if FileManager.default.fileExists(atPath: file.path) {
                let text = try TextFile.read(file, displayName: WordSources.wordListName)
                words += try wordData { () throws(WordDataError) in
                    try DictionaryFile.userWords(in: text, file: WordSources.wordListName)
                }
            }
            let at = location("words")
            for entry in try list("words") {
                if let word = try wordData({ () throws(WordDataError) in try DictionaryFile.userWord(entry, at: at) }) {
                    words.append(word)
                }
            }
            return words
        }
    }
}

/// Runs `body`, reporting a bad dictionary or word list as a content error: the site's settings named it.
package func wordData<Value>(_ body: () throws(WordDataError) -> Value) throws(ContentError) -> Value {
    do {
        return try body()
    } catch {
        throw .wordData(error)
    }
}
