import Testing
@testable import SteleImport
@testable import SteleText

@Suite struct SlugMakerTests {
    @Test(arguments: [
        ("建强战斗堡垒 夯实执政之基", "jian-qiang-zhan-dou-bao-lei"),
        ("潘从明：十年磨剑 精益求精“金”", "pan-cong-ming"),
        ("高铁 新时代的名片", "gao-tie-xin-shi-dai-de-ming-pian"),
        ("5G网络覆盖全国", "5g-wang-luo-fu-gai-quan-guo"),
        ("“”", "article"),
    ])
    func slugIsShortASCIIPinyin(title: String, slug: String) {
        #expect(Slug.articleSlug(for: title) == slug)
    }

    @Test func longTitlesAreCutBetweenSyllables() {
        let slug = Slug.articleSlug(for: "以习近平新时代中国特色社会主义思想为指导全面推进各项工作")
        #expect(slug.count <= Slug.articleMaximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasPrefix("yi-xi-jin-ping"))
    }

    @Test func slugsAreMadeUniqueAcrossTheImport() throws {
        var article = try #require(ImportFixtures.articles("page-break-joined.txt").articles.first)
        article.slug = "same"
        #expect(Importer.uniqueSlugs([article, article, article]).map(\.slug) == ["same", "same-2", "same-3"])
    }
}
