import SteleText

/// Ideographs whose doubling is a word (常常, 渐渐, 高高), so `XX` in text is not a typo.
///
/// Taken from jieba's dictionary (Debian python3-jieba 0.42.1, dict.txt, MIT licence): every two-character
/// entry made of one ideograph twice with a frequency of at least 50. Rare doublings (金金, 年年) are left
/// out on purpose: in news text they are far more often a typo than the word.
enum Reduplications {
    package static let characters: ScalarSet = ScalarSet("""
        一万个丽久乖九事云人仅伯伸侃依偏做偷光公冉冷凛出刚刷勃匆区单历厚双叔句可叽听呱呵\
        呼咕咚咯哇哈哥哼唧啧喃嗖嗡嗷嘎嘟嘿嚷团圆圈坐堂声处多大天太头奶好妈妹姐姑姥娃娘婆\
        婶嫂嬷字学宝家寂寥小尝层屡峰巍师帮常平幽开弟弯往徐微快念怏怦怯恰悄悠悻想惴愤慢打\
        抱拉拍指挤换摆摇摸救敲整斑日早时明星暗最朗望本村条某查样格框楚款歇步死殷每比汩汪\
        汹沉沙泛泡洋洗活淙淡深渐源滔滚满漫潺灼炎炯点熊熠爷爸爹片牢狠猜猩玩瑟画略痒痴白盈\
        看真瞧短碰种稍空笑等算篇簌粗糊紧累纷组细统绵缓缕美翩翻耿聊舅苍苦茫草莽萧蒙袅见讲\
        试谈谢赫走足转软轻远连迟通逛遥郁重铮长闪问阵隆隐青静频飒飕飘饽馍香高默齐
        """.unicodeScalars)
}
