import Testing
import SteleContent
@testable import StelePages

/// A page's view digest stands for everything its template can read: equal views digest alike, any one
/// field changed changes it, and values of different kinds that print alike still differ.
@Suite struct ViewDigestTests {
    private static let site = SiteView(title: "S", baseURL: "/", basePath: "/", language: "zh",
                                       params: ["owner": .string("报社"), "year": .int(2023)])

    private static func listing(title: String = "渡口", tags: [String] = ["交通", "乡村"],
                                params: [String: FrontmatterValue] = ["series": .string("春"), "n": .int(3)])
        -> ArticleSummaryView
    {
        ArticleSummaryView(
            title: title, url: "/a/", permalink: "https://x/a/", authors: ["甲", "乙"], hasAuthors: true,
            tags: tags.map { TagLinkView(name: $0, url: "/tags/\($0)/") }, hasTags: true, source: "content/a.md",
            params: params, subtitle: nil, date: "2023-05-02", summary: "青石镇渡口恢复通航。")
    }

    private static func page(listing: ArticleSummaryView = listing(), labels: [String: String] = ["a": "一", "b": "二"])
        -> some TemplateView
    {
        PageTemplate(site: site, page: listing, labels: labels, menu: [MenuItemView(title: "首页", url: "/", current: true)],
                     extra: NoExtraKeys())
    }

    private static func digest(_ view: some TemplateView, template: String = "article") -> String {
        ViewDigest(view, template: template).value
    }

    @Test func equalViewsGiveEqualDigests() {
        #expect(Self.digest(Self.page()) == Self.digest(Self.page()))
    }

    @Test func anyOneFieldChangedChangesTheDigest() {
        let original = Self.digest(Self.page())
        let changed = [
            Self.digest(Self.page(listing: Self.listing(title: "书屋"))),                 // a nested view's string
            Self.digest(Self.page(listing: Self.listing(tags: ["交通", "城市"]))),        // a list's element
            Self.digest(Self.page(listing: Self.listing(tags: ["交通"]))),                // a list's length
            Self.digest(Self.page(labels: ["a": "一", "b": "三"])),                      // a dictionary's value
            Self.digest(Self.page(labels: ["a": "一", "c": "二"])),                      // a dictionary's key
            Self.digest(Self.page(listing: Self.listing(params: ["series": .string("春"), "n": .int(4)]))),
            Self.digest(Self.page(), template: "index"),                                // the template
        ]
        for digest in changed { #expect(digest != original) }
        #expect(Set(changed).count == changed.count)
    }

    /// Dictionaries are walked in sorted key order, never in their own iteration order.
    @Test func dictionaryOrderNeverMatters() {
        let keys = (0..<40).map { "key\($0)" }
        var forwards: [String: String] = [:]
        for key in keys { forwards[key] = key.uppercased() }
        var backwards: [String: String] = [:]
        backwards.reserveCapacity(1000)
        for key in keys.reversed() { backwards[key] = key.uppercased() }
        #expect(Array(forwards.keys) != Array(backwards.keys))
        #expect(Self.digest(Self.page(labels: forwards)) == Self.digest(Self.page(labels: backwards)))
    }

    /// Each value is tagged with its kind, so values that print alike or are both "nothing" still differ.
    @Test func valuesOfDifferentKindsDiffer() {
        let values: [TemplateValue?] = [
            .text("1"), .int(1), .double(1), .bool(true), nil, .list([String]()), .dictionary([String: String]()),
            .text(""), .list(["1"]), .list([["1"]]), .view(OneValue(value: nil)), .dictionary(["1": "1"]),
        ]
        let digests = values.map { Self.digest(OneValue(value: $0)) }
        #expect(Set(digests).count == values.count)
    }

    /// What a page's params (frontmatter) give is digested as what templates read: a YAML null reads as
    /// an empty string, so the two digest alike, and a number differs from its digits.
    @Test func frontmatterIsDigestedAsTemplatesReadIt() {
        func digest(_ value: FrontmatterValue) -> String {
            Self.digest(Self.page(listing: Self.listing(params: ["series": value])))
        }
        #expect(digest(.null) == digest(.string("")))
        #expect(digest(.int(1)) != digest(.string("1")))
        #expect(digest(.list([.string("a")])) != digest(.map([(key: "0", value: .string("a"))])))
    }

    /// A view of one key, `value`.
    struct OneValue: TemplateView {
        let value: TemplateValue?

        func value(named key: String) -> TemplateValue? { key == "value" ? value : nil }
        var templateKeys: [String] { ["value"] }
    }
}
