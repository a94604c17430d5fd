import Testing
import SteleContent
@testable import StelePages

/// A page's view digest stands for everything its template can read: equal views digest alike, any one
/// field changed changes it, and a value the walk does not know leaves the page without one.
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

    private static func digest(_ view: some TemplateView, template: String = "article") -> String? {
        ViewDigest(view, template: template)?.value
    }

    @Test func equalViewsGiveEqualDigests() {
        #expect(Self.digest(Self.page()) != nil)
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
        for digest in changed { #expect(digest != nil && digest != original) }
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
        let values: [@Sendable () -> Any?] = [
            { "1" }, { 1 }, { 1.0 }, { true }, { nil }, { [String]() }, { [String: String]() }, { "" },
            { FrontmatterValue.string("1") }, { FrontmatterValue.null }, { ["1"] }, { [["1"]] },
        ]
        let digests = values.map { Self.digest(OneValue(value: $0)) }
        #expect(!digests.contains(nil))
        #expect(Set(digests).count == values.count)
    }

    @Test func aValueOfAnUnknownKindLeavesNoDigest() {
        struct Unknown: Sendable {}
        #expect(Self.digest(OneValue { Unknown() }) == nil)
        #expect(Self.digest(OneValue { [OneValue { "x" }, OneValue { Unknown() }] }) == nil)
        #expect(Self.digest(OneValue { ["k": Float(1)] as [String: Any] }) == nil)
    }

    /// A view of one key, `value`, answering whatever it is given.
    struct OneValue: TemplateView {
        let value: @Sendable () -> Any?

        func child(named key: String) -> Any? { key == "value" ? value() : nil }
        var templateKeys: [String] { ["value"] }
    }
}
