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
        let views = tags.map { tagView($0, site: site) }
        let index = site.template(page: site.listPage(title: site.labels["tags"] ?? "Tags", path: Self.folder),
                                  path: Self.folder, extra: TagIndexKeys(tags: views))
        var outputs: [PageOutput] = [.page(path: Self.folder + "index.html", template: "tags", view: index)]
        for (tag, view) in zip(tags, views) {
            let pager = Pager(folder: Self.path(forSlug: tag.slug), size: site.config.paginate)
            let chunks = pager.chunks(of: tag.pages)
            for (offset, chunk) in chunks.enumerated() {
                outputs.append(page(of: tag, view, number: offset + 1, of: chunks.count, listing: chunk, pager: pager, site: site))
            }
        }
        return outputs
    }

    /// The one page of each tag of the article at `position` in `site.pages` that lists it, for `stele
    /// serve` to show an edit at once (`SiteBuilder.editedArticlePages`).
    public func outputs(for site: SiteContext, listingArticleAt position: Int) -> [PageOutput] {
        site.analysis.tags.tags.compactMap { tag in
            guard let place = tag.pages.firstIndex(of: position) else { return nil }
            let pager = Pager(folder: Self.path(forSlug: tag.slug), size: site.config.paginate)
            let (number, total, chunk) = pager.chunk(containing: place, of: tag.pages)
            return page(of: tag, tagView(tag, site: site), number: number, of: total, listing: chunk, pager: pager, site: site)
        }
    }

    private func tagView(_ tag: TagIndex.Tag, site: SiteContext) -> TagView {
        TagView(name: tag.name, url: site.urls.url(Self.path(forSlug: tag.slug)), count: tag.pages.count)
    }

    /// Page `number` of `total` of `tag`, listing the articles at `positions` in `site.pages`.
    private func page(of tag: TagIndex.Tag, _ view: TagView, number: Int, of total: Int, listing positions: ArraySlice<Int>,
                      pager: Pager, site: SiteContext) -> PageOutput {
        let path = pager.path(forPage: number)
        let pagination = pager.pagination(number: number, total: total, site: site)
        var page = site.listPage(title: tag.name, path: path)
        if number > 1 { page.title = "\(tag.name) · \(pagination.label)" }
        page.count = tag.pages.count
        let keys = TagKeys(tag: view, pages: positions.map { site.summary(site.pages[$0]) }, tagsURL: site.urls.url(Self.folder),
                           pagination: pagination)
        return .page(path: path + "index.html", template: "tag", view: site.template(page: page, path: Self.folder, extra: keys))
    }
}
