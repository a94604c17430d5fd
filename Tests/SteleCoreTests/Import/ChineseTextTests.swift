import Testing
@testable import SteleImport

@Suite struct ChineseTextTests {
    @Test(arguments: [
        ("牢固树立大抓基层的鲜明导向", true), ("潘从明：十年磨剑 精益求精“金”", true),
        ("坚持党要管党、全面从严治党 全面落实基层党建工作责任制", true),
        ("层的鲜明导向，扎实推进", false), ("“基层党组织是党执政大厦的地基。”", false), ("……", false),
        ("（完）", false), ("（新华社北京10月9日电）", false),
        ("农村基层干部待遇保障水平不断提高党组织凝聚服务群众能力明显增强各级党委树立大抓基层的鲜明导向", false),
    ])
    func headingLines(text: String, isHeading: Bool) {
        #expect(ChineseText.looksLikeHeading(text) == isHeading)
    }

    @Test(arguments: [
        ("中力量限期解决突出问题。", true), ("业党建工作作出重要部署。", true),
        ("党的力量来自组织。严密的组织体系。", false), ("提高，党组织凝聚服务群众能力明显增强。", false),
        ("……", false), ("“好。”", false),
    ])
    func fragments(text: String, isFragment: Bool) {
        #expect(ChineseText.isFragment(text) == isFragment)
    }

    @Test func endings() {
        #expect(ChineseText.ending(of: "…大厦倾。”") == .complete)
        #expect(ChineseText.ending(of: "给予指导；") == .complete)
        #expect(ChineseText.ending(of: "过程中，深") == .bare)
        #expect(ChineseText.ending(of: "他指出，") == .open)
        #expect(ChineseText.ending(of: "许下承诺——") == .open)
    }
}
