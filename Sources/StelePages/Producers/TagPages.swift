import SteleAnalysis

/// The tag index (`tags/index.html`: every tag with its number of articles) and one page per tag
/// (`tags/<slug>/index.html`: its articles, newest first, paged like the front page:
/// `tags/<slug>/page/2/index.html`, …). Listed in the site menu when there are tags.
public struct TagPages: PageProducer {
    /// Folder of the tag pages, relative to the site root.
    public static let folder = "tags/"

    /// Site-relative folder of a tag's page (`tags/dang-jian/`).
    public static func path(forSlug slug: String) -> String { "\(folder)\(slug)/" }

    public init() {}

    public func menuEntry(in site: SiteContext) -> MenuLink? {
        site.analysis.tags.tags.isEmpty ? nil : MenuLink(labelKey: "tags", path: Self.folder)
    }

    public func output(for site: SiteContext) -> [PageOutput] {
        let tags = site.analysis.tags.tags
        // A site without tags gets no tag index: nothing would link to it.
        guard !tags.isEmpty else { return [] }
        let views = tags.map { TagView(name: $0.name, url: site.urls.url(Self.path(forSlug: $0.slug)), count: $0.pages.count) }
        let index = site.template(page: site.listPage(title: site.labels["tags"] ?? "Tags", path: Self.folder),
                                  path: Self.folder, extra: TagIndexKeys(tags: views))
        var outputs: [PageOutput] = [.page(path: Self.folder + "index.html", template: "tags", view: index)]
        for (tag, view) in zip(tags, views) {
            let pager = Pager(folder: Self.path(forSlug: tag.slug), size: site.config.paginate)
            let chunks = pager.chunks(of: tag.pages)
            for (offset, chunk) in chunks.enumerated() {
                let number = offset + 1
                let path = pager.path(forPage: number)
                let pagination = pager.pagination(number: number, total: chunks.count, site: site)
                var page = site.listPage(title: tag.name, path: path)
                if number > 1 { page.title = "\(tag.name) · \(pagination.label)" }
                page.count = tag.pages.count
                let keys = TagKeys(tag: view, pages: chunk.map { site.summary(site.pages[$0]) }, tagsURL: site.urls.url(Self.folder),
                                   pagination: pagination)
                outputs.append(.page(path: path + "index.html", template: "tag",
                                     view: site.template(page: page, path: Self.folder, extra: keys)))
            }
        }
        return outputs
    }
}
