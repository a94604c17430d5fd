import Foundation
import SteleMarkdown
import SteleSupport
import SteleText

/// Every tag of the published pages, with its slug and the places of its pages (newest first).
///
/// Tags that differ only in case (`AI`, `ai`) are one tag, shown as first written (in page order);
/// two different tags whose slugs coincide are an error, since they would share one page.
public struct TagIndex: Sendable {
    public struct Tag: Sendable {
        public var name: String
        public var slug: String
        /// Where the tag's pages are in the pages indexed, in their order. Places, not copies: a copy
        /// of each page would keep its HTML and text alive as long as the index.
        public var pages: [Int]
    }

    /// Tags ordered by slug (so Chinese tags sort by pinyin), then name.
    public private(set) var tags: [Tag] = []
    private var slugByName: [String: String] = [:]

    public init() {}

    /// Indexes `pages` (in the order given, which is kept within each tag).
    public init(pages: [RenderedPage]) throws(TagError) {
        var names: [String] = []
        var seen = Set<String>()
        for page in pages {
            for name in Self.names(of: page) where seen.insert(name).inserted { names.append(name) }
        }
        let slugs = Slug.tagSlugs(for: names)
        var displayByKey: [String: String] = [:]
        var keysBySlug: [String: [String]] = [:]
        var pagesByKey: [String: [Int]] = [:]
        for (position, page) in pages.enumerated() {
            var keysOfPage = Set<String>()
            for name in Self.names(of: page) {
                let key = name.lowercased()
                if displayByKey[key] == nil {
                    displayByKey[key] = name
                    keysBySlug[slugs[name] ?? "tag", default: []].append(key)
                }
                slugByName[name] = slugs[displayByKey[key] ?? name]
                if keysOfPage.insert(key).inserted { pagesByKey[key, default: []].append(position) }
            }
        }
        var collisions: [TagError] = []
        for (slug, keys) in keysBySlug.sorted(by: { $0.key < $1.key }) {
            guard keys.count == 1, let key = keys.first, let name = displayByKey[key] else {
                let tagNames = keys.compactMap { displayByKey[$0] }
                let locations = keys.compactMap { key in pagesByKey[key]?.first.map { Self.tagsLocation(pages[$0]) } }
                collisions.append(.collision(slug: slug, tags: tagNames, locations: locations))
                continue
            }
            tags.append(Tag(name: name, slug: slug, pages: pagesByKey[key] ?? []))
        }
        if !collisions.isEmpty { throw TagError(collisions) }
    }

    /// The slug of a tag as written in frontmatter.
    public func slug(for name: String) -> String? {
        slugByName[name.trimmingSpacesAndTabs()]
    }

    /// A page's tags, trimmed, without empty ones or repeats (in any case).
    package static func names(of page: RenderedPage) -> [String] { names(page.page.frontmatter.tags) }

    package static func names(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.map { $0.trimmingSpacesAndTabs() }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// The `tags:` line of a page, for errors.
    static func tagsLocation(_ page: RenderedPage) -> SourceLocation {
        SourceLocation(file: page.page.source, line: page.page.frontmatter.keyLines["tags"])
    }
}
