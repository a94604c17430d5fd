import Foundation

/// The default theme, compiled in from templates/ (see Package.swift); tests check it matches that folder.
enum DefaultTheme {
    static let templates: [String: Theme.TemplateSource] = {
        let files: [(name: String, bytes: [UInt8])] = [
            ("layout", PackageResources.layout_mustache),
            ("article", PackageResources.article_mustache),
            ("index", PackageResources.index_mustache),
            ("not-found", PackageResources.not_found_mustache),
            ("timeline", PackageResources.timeline_mustache),
            ("tags", PackageResources.tags_mustache),
            ("tag", PackageResources.tag_mustache),
            ("search", PackageResources.search_mustache),
            ("partials/article-list", PackageResources.article_list_mustache),
            ("stats", PackageResources.stats_mustache),
            ("partials/head", PackageResources.head_mustache),
            ("partials/header", PackageResources.header_mustache),
            ("partials/footer", PackageResources.footer_mustache),
            ("partials/chart", PackageResources.chart_mustache),
            ("partials/pagination", PackageResources.pagination_mustache),
            ("partials/pagination-links", PackageResources.pagination_links_mustache),
        ]
        return Dictionary(uniqueKeysWithValues: files.map { file in
            (file.name, Theme.TemplateSource(text: String(decoding: file.bytes, as: UTF8.self),
                                             displayPath: "(default theme)/\(file.name).mustache"))
        })
    }()

    package static let staticFiles: [String: Data] = [
        "style.css": Data(PackageResources.style_css),
        "search.js": Data(PackageResources.search_js),
        "table-sort.js": Data(PackageResources.table_sort_js),
        "favicon.svg": Data(PackageResources.favicon_svg),
    ]
}
