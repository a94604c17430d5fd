import SteleContent
import Testing
@testable import StelePages

/// Views answer Mustache's look-ups themselves: what a template reads from them, key by key.
@Suite struct TemplateViewTests {
    static func render(_ template: String, _ view: some TemplateView) throws -> String {
        let source = Theme.TemplateSource(text: template, displayPath: "t.mustache")
        let theme = try Theme(templateSources: ["t": source], staticFiles: [:])
        return try theme.render(view, with: "t")
    }

    static let link = PaginationView.PageLink(number: 2, url: "/page/2/", current: true, label: "Page 2")

    @Test func valuesRenderAsTheyAre() throws {
        #expect(try Self.render("{{number}} {{url}} {{current}} {{label}} {{gap}}", Self.link)
                == "2 /page/2/ true Page 2 false")
    }

    /// `{{#label}}` skips a nil label, and a name the view lacks is looked up in the enclosing views.
    @Test func aNilOptionalIsAbsentAndTheLookUpClimbs() throws {
        let gap = PaginationView.PageLink(gap: true)
        let view = PaginationView(number: 1, total: 3, label: "outer", isPaginated: true, pages: [Self.link, gap])
        #expect(try Self.render("{{#pages}}[{{#url}}u{{/url}}{{^url}}-{{/url}}{{label}}]{{/pages}}", view)
                == "[uPage 2][-outer]")
        #expect(try Self.render("{{#pages}}{{missing}}{{/pages}}", view) == "")
    }

    /// A view's strings are escaped, open to transforms, and read by sections as any string is (an
    /// empty one is still there).
    @Test func stringsRenderEscapeAndTransformAsStrings() throws {
        let link = PaginationView.PageLink(number: 1, url: "/a?b=<1>&c/", current: false, label: "Ab")
        #expect(try Self.render("{{url}}|{{{url}}}|{{lowercased(label)}}|{{uppercased(label)}}|{{#label}}s{{/label}}", link)
                == "/a?b=&lt;1&gt;&amp;c/|/a?b=<1>&c/|ab|AB|s")
        let empty = PaginationView.PageLink(number: 1, url: "", current: false, label: "")
        #expect(try Self.render("{{#label}}set{{/label}}{{^label}}unset{{/label}}{{#empty(label)}}E{{/empty(label)}}", empty)
                == "setE")
    }

    /// The schema TemplateKeyTests compares templates with lists a nil key too, and not a misspelt one.
    @Test func theSchemaListsEveryKeySetOrNot() {
        let schema = TemplateSchema.fields(of: PaginationView.PageLink(gap: true))
        let keys = TemplateKeys(templates: ["t": "{{#url}}{{lable}}{{/url}}{{number}}"])
        #expect(keys.missing(in: "t", views: [schema]) == ["lable"])
    }

    @Test func anArticleAnswersItsListingsKeysBesideItsOwn() throws {
        let listing = ArticleSummaryView(
            title: "T", url: "/a/", permalink: "https://x/a/", authors: ["A", "B"], hasAuthors: true, tags: [],
            hasTags: false, source: "content/a.md", params: ["series": .string("S"), "n": .int(3)], subtitle: nil)
        let article = ArticleView(listing: listing, content: "<p>x</p>", toc: [], hasToc: false, readingTime: "1 min",
                                  hasNeighbours: false)
        #expect(try Self.render("{{title}}|{{{content}}}|{{#authors}}{{.}},{{/authors}}|{{params.series}}{{params.n}}|"
                                + "{{isArticle}}|{{#subtitle}}s{{/subtitle}}", article)
                == "T|<p>x</p>|A,B,|S3|true|")
        #expect(Set(article.templateKeys).isSuperset(of: listing.templateKeys + ["content", "isArticle"]))
    }

    /// A dictionary (params, labels) is listed and printed with its keys in order, the same on every
    /// run; a list of strings from frontmatter sorts.
    @Test func dictionariesListAndPrintInKeyOrder() throws {
        let params: [String: FrontmatterValue] = ["series": .string("S"), "n": .int(3), "places": .list([.string("b"), .string("a")]),
                                                  "empty": .null]
        let listing = ArticleSummaryView(title: "T", url: "/a/", permalink: "/a/", authors: [], hasAuthors: false, tags: [],
                                         hasTags: false, source: "content/a.md", params: params)
        #expect(try Self.render("{{#enumerated(params)}}{{key}}={{value}};{{/enumerated(params)}}", listing)
                == "empty=;n=3;places=[&quot;b&quot;, &quot;a&quot;];series=S;")
        let printed = try Self.render("{{{params}}}|{{count(params)}}|{{#sorted(params.places)}}{{.}}{{/sorted(params.places)}}", listing)
        #expect(printed == #"["empty": "", "n": 3, "places": ["b", "a"], "series": "S"]|4|ab"#)
    }

    /// `{{>*name}}` renders the partial a view's string names.
    @Test func aViewsStringNamesADynamicPartial() throws {
        let sources = ["t": Theme.TemplateSource(text: "[{{>*label}}]", displayPath: "t.mustache"),
                       "note": Theme.TemplateSource(text: "note {{number}}", displayPath: "note.mustache")]
        let theme = try Theme(templateSources: sources, staticFiles: [:])
        let link = PaginationView.PageLink(number: 2, url: "/page/2/", current: true, label: "note")
        #expect(try theme.render(link, with: "t") == "[note 2]")
    }

    @Test func aPageKindsLabelsAreLaidOverTheThemes() throws {
        let site = SiteView(title: "S", baseURL: "/", basePath: "/", language: "en", params: [:])
        let page = ListPageView(title: "P", url: "/", permalink: "/")
        let extra = LabelledKeys(labels: ["b": "own"], tags: [TagView(name: "n", url: "/tags/n/", count: 2)])
        let view = PageTemplate(site: site, page: page, labels: ["a": "theme", "b": "theme"], menu: [], extra: extra)
        let template = "{{site.title}} {{page.title}} {{#tags}}{{name}}{{count}}{{/tags}} {{labels.a}} {{labels.b}}"
        #expect(try Self.render(template, view) == "S P n2 theme own")
        #expect(view.templateKeys == ["site", "page", "labels", "menu", "tags"])
    }

    /// A page kind with labels of its own, as the timeline has.
    struct LabelledKeys: KeyedTemplateView, PageKeys {
        var labels: [String: String]
        var tags: [TagView]

        enum Key: String, CaseIterable { case labels, tags }

        func value(for key: Key) -> TemplateValue? {
            switch key {
            case .labels: .dictionary(labels)
            case .tags: .list(tags)
            }
        }
    }
}
