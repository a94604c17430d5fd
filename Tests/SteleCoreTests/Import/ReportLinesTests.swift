import Foundation
import Testing
@testable import SteleImport
@testable import SteleText

/// The lines of real reports the importer reads before it splits articles: filing lines, bylines,
/// page furniture, source lines, captions and title marks, each in the forms outlets write them.
@Suite struct ReportLinesTests {
    @Test(arguments: [
        ("新华社宜宾6月18日电 北京时间17日晚，比赛结束。", "新华社", "宜宾", 6, 18, [String](), "北京时间17日晚，比赛结束。"),
        ("新华社北京3月1日电（记者 张三 李四）1日早上，大巴驶出。", "新华社", "北京", 3, 1, ["张三", "李四"], "1日早上，大巴驶出。"),
        ("中新社马鞍山十一月二十二日电 护渔员出发了。", "中新社", "马鞍山", 11, 22, [], "护渔员出发了。"),
        ("武陵网花垣11月11日电（记者 石秀英 通讯员 龙腾）立冬过后，稻田收割完毕。", "武陵网", "花垣", 11, 11, ["石秀英"], "立冬过后，稻田收割完毕。"),
    ])
    func wireOpenersGiveAgencyPlaceDayAndReporters(text: String, agency: String, place: String, month: Int, day: Int,
                                                   authors: [String], rest: String) throws {
        let opener = try #require(Opener.parse(text))
        #expect(opener.agency == agency && opener.place == place && opener.month == month && opener.day == day)
        #expect(opener.authors == authors)
        #expect(opener.rest == rest)
    }

    @Test func papersOpenWithoutADay() throws {
        let local = try #require(Opener.parse("湖北日报讯（记者陈熹、通讯员张艳）近日，新校区启用。"))
        #expect(local.agency == "湖北日报" && local.place == nil && local.month == nil && local.authors == ["陈熹"])
        let portal = try #require(Opener.parse("大西北网讯　7月19日晚，游船开航。"))
        #expect(portal.agency == "大西北网" && portal.rest == "7月19日晚，游船开航。")
        #expect(Opener.parse("本报都匀讯（记者 王五）茶农开采。")?.place == "都匀")
    }

    @Test(arguments: ["他说电话打不通。", "社区电讯站今天开放。", "新华社记者 任嘉 摄", "2021年，全县新建学校。"])
    func sentencesAreNoOpeners(text: String) {
        #expect(Opener.parse(text) == nil)
    }

    @Test func bylinesNameOnlyReporters() {
        #expect(Byline.parse("本报记者 罗一鸣 通讯员 贺小川 实习生 陈雨桐")?.authors == ["罗一鸣"])
        #expect(Byline.parse("文/本报记者 龚思源　图/本报记者 史若兰")?.authors == ["龚思源"])
        #expect(Byline.parse("新华社“新华视点”记者 张某某 李某某") == Byline(agency: "新华社", authors: ["张某某", "李某某"]))
        #expect(Byline.parse("新华社记者 任嘉 摄") == nil, "a photo credit")
    }

    @Test(arguments: ["- 2 -", "—3—", "－ 12 －", "第4页", "4/12", "第 4 页 共 12 页"])
    func pageNumbers(text: String) {
        #expect(PageFurniture.classify(text) == .pageNumber)
    }

    @Test func runningHeadersCarryTheIssueDate() {
        #expect(PageFurniture.classify("洞庭日报　2020年8月3日　星期一　第2版　综合")
                    == .runningHeader(date: PageDate(year: 2020, month: 8, day: 3)))
        #expect(PageFurniture.classify("鹤山区融媒体中心编　　二〇二一年五月十八日")
                    == .runningHeader(date: PageDate(year: 2021, month: 5, day: 18)))
        #expect(PageFurniture.classify("2021年第15期（总第321期）") == .runningHeader(date: nil))
        #expect(PageFurniture.classify("2021年5月18日，全区早稻插秧结束。") == nil, "a sentence")
    }

    @Test(arguments: ["（完）", "【纠错】　责任编辑：刘阳", "相关报道第3版", "（本期编辑：周明　审核：谭丽娟）"])
    func trailers(text: String) {
        #expect(PageFurniture.classify(text) == .trailer)
    }

    @Test func sourceLinesGiveDateOutletAndAuthors() throws {
        let portal = try #require(SourceLine.parse("2018-10-20 15:51:01　来源：新华网"))
        #expect(portal.date == PageDate(year: 2018, month: 10, day: 20) && portal.source == "新华网")
        let paper = try #require(SourceLine.parse("来源: 湖北日报   作者:熊家余 谢慧敏"))
        #expect(paper.source == "湖北日报" && paper.authors == ["熊家余", "谢慧敏"])
        #expect(SourceLine.parse("来源于群众的智慧，用之于群众。") == nil)
    }

    @Test func captionsAndCredits() {
        #expect(Caption.isCredit("新华社记者 任嘉 摄") && Caption.isCredit("新华社发（赵建新 摄）"))
        #expect(Caption.isCredit("（中新社记者 王东明 摄）") && Caption.isCredit("（图片来源：湛江日报）"))
        #expect(Caption.opensCaption("图为9月22日，学生在上课。") && Caption.opensCaption("▲游客在参观。"))
        #expect(!Caption.isCredit("他摄下了这一幕，说：“太美了。”"))
    }

    @Test func titleMarks() {
        let tagged = TitleMarks("【走进基层一线】守护大山里的“最后一公里”")
        #expect(tagged.text == "守护大山里的“最后一公里”" && tagged.column == "走进基层一线")
        #expect(TitleMarks("“新农人”回乡记[1]").text == "“新农人”回乡记")
        #expect(TitleMarks("城市更新中的“微改造”*").text == "城市更新中的“微改造”")
        #expect(TitleMarks("黄河岸边看新村①").text == "黄河岸边看新村")
    }

    @Test func theCityOfAPlaceWithItsProvince() {
        #expect(Provinces.city(of: "甘肃酒泉") == "酒泉")
        #expect(Provinces.city(of: "内蒙古鄂尔多斯") == "鄂尔多斯")
        #expect(Provinces.city(of: "吉林市") == "吉林市")
        #expect(Provinces.city(of: "北京") == "北京")
    }

    @Test func aSourceLineUnderTheFirstTitleIsReadNotDroppedAsAMasthead() throws {
        let text = "四川：山区学校用上“双师课堂”\n发布时间：2019-05-08 08:30　来源：四川日报\n作者：王思琪 蒋文涛\n"
            + "在凉山州昭觉县的一所乡村小学，成都一所名校的老师正在讲课。\n"
        let article = try #require(SourceImporter.articles(from: Data(text.utf8), file: "web.txt").articles.first)
        #expect(article.title == "四川：山区学校用上“双师课堂”")
        #expect(article.agency == "四川日报" && article.authors == ["王思琪", "蒋文涛"])
        #expect(article.date == PageDate(year: 2019, month: 5, day: 8))
    }
}
