/// The tag index (`tags/index.html`: every tag with its number of articles) and one page per tag
/// (`tags/<slug>/index.html`: its articles, newest first). Listed in the site menu.
struct TagPages: CorpusPage {
    var labelKey: String { "tags" }
    var path: String { TagIndex.folder }

    func isListed(in context: PageContext) -> Bool { !context.tags.tags.isEmpty }

    func files(for pages: [RenderedPage], context: PageContext, theme: Theme) throws(BuildError) -> [OutputFile] {
        let tags = context.tags.tags
        // A site without tags gets no tag index: nothing would link to it.
        guard !tags.isEmpty else { return [] }
        let list = tags.map { tag -> [String: Any] in
            ["name": tag.name, "url": context.urls.url(tag.path), "count": tag.pages.count]
        }
        var files: [OutputFile] = []
        do {
            let title = context.labels["tags"] ?? "Tags"
            files.append(OutputFile(path: path + "index.html", text: try theme.render(
                context.context(page: context.listPage(title: title, path: path), path: path,
                                extra: ["tags": list]),
                with: "tags")))
            for tag in tags {
                var page = context.listPage(title: tag.name, path: tag.path)
                page["count"] = tag.pages.count
                files.append(OutputFile(path: tag.path + "index.html", text: try theme.render(
                    context.context(page: page, path: path, extra: [
                        "tag": ["name": tag.name, "url": context.urls.url(tag.path), "count": tag.pages.count],
                        "pages": tag.pages.map(context.summary),
                        "tagsURL": context.urls.url(self.path),
                    ]),
                    with: "tag")))
            }
        } catch {
            throw .template(error)
        }
        return files
    }
}
