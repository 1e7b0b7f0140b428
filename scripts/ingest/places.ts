/**
 * Places an item is about, for browsing and filtering: regions (provinces, cities) and parks
 * (高新区, 开发区, 科技园…) named in its title or dateline. Only names printed there are taken.
 */

/** Province-level divisions, by the short names papers print. */
export const PROVINCES = [
	'北京',
	'天津',
	'上海',
	'重庆',
	'河北',
	'山西',
	'辽宁',
	'吉林',
	'黑龙江',
	'江苏',
	'浙江',
	'安徽',
	'福建',
	'江西',
	'山东',
	'河南',
	'湖北',
	'湖南',
	'广东',
	'海南',
	'四川',
	'贵州',
	'云南',
	'陕西',
	'甘肃',
	'青海',
	'台湾',
	'内蒙古',
	'广西',
	'西藏',
	'宁夏',
	'新疆',
	'香港',
	'澳门',
];

/** Cities that papers name often: provincial capitals and the larger prefecture-level cities. */
export const CITIES = [
	'石家庄',
	'雄安',
	'太原',
	'沈阳',
	'大连',
	'长春',
	'哈尔滨',
	'南京',
	'苏州',
	'无锡',
	'常州',
	'南通',
	'扬州',
	'徐州',
	'杭州',
	'宁波',
	'温州',
	'嘉兴',
	'绍兴',
	'金华',
	'台州',
	'湖州',
	'合肥',
	'芜湖',
	'福州',
	'厦门',
	'泉州',
	'南昌',
	'赣州',
	'济南',
	'青岛',
	'烟台',
	'潍坊',
	'郑州',
	'洛阳',
	'武汉',
	'襄阳',
	'宜昌',
	'长沙',
	'株洲',
	'广州',
	'深圳',
	'东莞',
	'佛山',
	'珠海',
	'中山',
	'惠州',
	'汕头',
	'海口',
	'三亚',
	'成都',
	'绵阳',
	'贵阳',
	'遵义',
	'昆明',
	'西安',
	'宝鸡',
	'兰州',
	'天水',
	'西宁',
	'银川',
	'乌鲁木齐',
	'喀什',
	'拉萨',
	'南宁',
	'柳州',
	'桂林',
	'呼和浩特',
	'包头',
	'鄂尔多斯',
];

const PARK_SUFFIX =
	/(?:高新技术产业开发区|经济技术开发区|自由贸易试验区|高新区|开发区|自贸区|协同创新区|创新区|合作区|新区|科技城|科学城|产业园区|产业园|科技园|示范区|工业园)/gu;
/** Words that end a place name when reading backwards from its suffix. */
const STOP = /[^\p{Script=Han}]|[为在的与和及获向对把将于从由让使被等]/u;

function parksIn(text: string): string[] {
	const parks: string[] = [];
	for (const match of text.matchAll(PARK_SUFFIX)) {
		let start = match.index;
		while (start > 0 && !STOP.test(text[start - 1]!)) start--;
		// A quoted name is an honour or a label (获“算力产业园”授牌), not where the news happened.
		if (/[“「『"]/u.test(text[start - 1] ?? '')) continue;
		let name = text.slice(start, match.index + match[0].length);
		// 浙江嘉兴南湖高新区 is 嘉兴南湖高新区 in 浙江: the province is a region of its own.
		const province = PROVINCES.find((p) => name.startsWith(p) && name.length > p.length + match[0].length);
		if (province) name = name.slice(province.length);
		if ([...name].length > match[0].length && !parks.includes(name)) parks.push(name);
	}
	return parks;
}

/** Regions first, in the order printed, then parks. */
export function placesIn(title: string, dateline?: string): string[] {
	const text = `${dateline ?? ''} ${title}`;
	// Read left to right, longest name first, never inside a name already read: 江西宁都 is 江西,
	// not 西宁; 上海南站 is 上海, not 海南.
	const names = [...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length);
	const regions: string[] = [];
	for (let at = 0; at < text.length;) {
		const name = names.find((candidate) => text.startsWith(candidate, at));
		if (name) regions.push(name);
		at += name ? name.length : 1;
	}
	return [...new Set([...regions, ...parksIn(title)])];
}
