import Foundation
import SteleContent
import SteleSupport

/// `stele init`: a new site that builds at once — stele.yml with every key explained, one sample
/// article, an empty sources/ for raw texts, and a .gitignore for what builds write.
public struct SiteScaffold: Sendable {
    public var directory: URL
    /// The pages' language (`zh-CN`, `en`); it decides the sample article's language too.
    public var language: String

    public init(directory: URL, language: String) {
        self.directory = directory
        self.language = language
    }

    /// The site's title: its folder's name.
    public var title: String { directory.standardizedFileURL.lastPathComponent }

    var isChinese: Bool { language.lowercased().hasPrefix("zh") }

    /// Paths (relative to the site) and contents of every file `create()` writes.
    public var files: [(path: String, text: String)] {
        [
            (SiteConfig.fileName, configuration),
            (".gitignore", "# Written by `stele build`; rebuilt from the sources at any time.\noutput/\n.stele-cache/\n"),
            ("content/" + (isChinese ? "di-yi-pian.md" : "first-article.md"), isChinese ? Self.chineseSample : Self.englishSample),
        ]
    }

    /// Writes the site. Refuses, writing nothing, when any of its files already exists.
    public func create() throws(ScaffoldError) {
        let fileManager = FileManager.default
        let existing = files.map(\.path).filter { fileManager.fileExists(atPath: directory.appendingPathComponent($0).path) }
        guard existing.isEmpty else { throw .exists(folder: directory.relativePath, files: existing) }
        do {
            for folder in ["content", "sources"] {
                try fileManager.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for file in files {
                try Data(file.text.utf8).writeAtomically(to: directory.appendingPathComponent(file.path))
            }
        } catch {
            throw .writeFailed(folder: directory.relativePath, reason: FileSystemError.reason(for: error))
        }
    }

    var configuration: String {
        """
        # Stele site settings (docs/content.md). Every key is optional; commented keys show their default
        # or an example.

        # The site's name, in the header, the page titles and the feed.
        title: \(Self.quoted(title))
        # One sentence about the site, for the front page and search engines.
        # description: ""
        # The pages' language (BCP 47): zh-CN, zh-TW, en … It picks the theme's labels too.
        language: \(language)
        # Where the site is published. A URL with a host (https://example.org/docs/) also gives a feed and
        # a sitemap; a path (/docs/) works for a site served under a sub-path.
        # baseURL: /
        # Articles per page of the front page and of each tag; 0 lists every article on one page.
        # paginate: 20
        # Pass raw HTML in Markdown through. Off: a page cannot inject scripts.
        # unsafe: false
        # The feed's author for articles without `authors:`; the site title by default.
        # author: ""
        # Word data of the statistics page: a jieba-format dictionary and IDF table. By default Debian's
        # python3-jieba files (make deps installs them).
        # dictionary: /usr/lib/python3/dist-packages/jieba/dict.txt
        # idf: /usr/lib/python3/dist-packages/jieba/analyse/idf.txt
        # Words the dictionary lacks (names, new terms), `word [frequency] [tag]` each; also words.txt.
        # words: []
        # Words to leave out of the top and distinctive words.
        # stopwords: []

        """
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static let chineseSample = """
        ---
        title: 第一篇文章
        date: 2024-05-20
        tags: [示例]
        ---
        这是 Stele 新站点的示例文章。把原始文本放进 `sources/`，用 `stele import sources/*.txt` 整理成
        `content/` 里的 Markdown，再用 `stele build` 生成网站。

        2024年5月20日，示例村修通了一条长12公里的公路，投入资金360万元。时间线页会列出这一天，
        统计页会列出这些数字。

        """

    static let englishSample = """
        ---
        title: First article
        date: 2024-05-20
        tags: [example]
        ---
        This is the sample article of a new Stele site. Put raw texts in `sources/`, turn them into Markdown
        in `content/` with `stele import sources/*.txt`, then build the site with `stele build`.

        """
}

/// Why `stele init` wrote nothing.
public enum ScaffoldError: DiagnosticError, Equatable {
    case exists(folder: String, files: [String])
    case writeFailed(folder: String, reason: String)

    public var diagnostics: [Diagnostic] {
        switch self {
        case let .exists(folder, files):
            [Diagnostic(.error, at: SourceLocation(file: folder),
                        "already has \(files.joined(separator: ", ")); nothing was written")]
        case let .writeFailed(folder, reason):
            [Diagnostic(.error, at: SourceLocation(file: folder), "cannot write: \(reason)")]
        }
    }
}
