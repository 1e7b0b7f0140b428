/**
 * The ingest command's options: what to read, where to write, and the page metadata given on the
 * command line (checked with the sidecar's own schema, so that a flag and a sidecar field take the
 * same values). Wrong usage throws a UsageError; the command prints it with USAGE and exits 2.
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../shared/command.ts';
import { pageMetaInputSchema, type PageMetaInput } from './page-meta.ts';

export const USAGE = `用法：npm run ingest -- <文件或文件夹…> [选项]

把报纸版面的纯文本（.txt）拆成稿件，每篇写成一个 MDX 文件。存为网页的版面（.html，或内容是
HTML 的 .txt）按网页显示的文字读取：每个段落、标题一行，h3/h1/h2 读作引题、主标题、副题。

选项：
  --paper <名称>        报纸名称，如 科技日报（缺省时从“某某报讯”推断）
  --paper-slug <代号>   网址里的报纸代号，如 kjrb（缺省时取拼音首字母）
  --date <YYYY-MM-DD>   出版日期（缺省时从电头日期和年份推断）
  --page <数字>         版次，如 8；分叠编号的报纸如 A03
  --page-name <名称>    版名，如 园区
  --columns <名称,…>    本报特有的栏目名称，逗号分隔（常见栏目如 速览、数读 无需列出）
  --title-first         两行标题之间没有破折号时，上一行是主标题、下一行是副题（如新华每日电讯）；
                        缺省读作引题和主标题（如人民日报）
  --printed-headings    文字取自印刷版面（扫描识别），各版的小标题都读作小标题；缺省时按人民日报
                        网络版的排法，要闻、理论以外各版的小标题是普通段落
  --out <文件夹>        稿件输出位置（缺省 content/items；版面信息写在同级的 pages）
  --sources <文件夹>    版面原文存档位置（缺省与 --out 同级的 sources）
  --force               覆盖手工改过的稿件和版面文件
  --replace             用更正或补全了的版面文本替换存档中的这一版（同名原文给出的那一版，或文本
                        所去版次上的那一版）：稿件按新文本更新，已有稿件的网址不变（按标题或开头
                        的文字对应），新增的稿件取新的网址，新文本里没有的稿件删去并留下跳转
  --dry-run             只显示将写入的文件，不写入
  --outline             只显示拆分结果的目录（各版的稿件、标题、署名、小标题、段数和行号），不写入
  --keep-going          有问题的文件跳过不导入，其余文件照常写入（缺省：任一文件有问题就什么都不写）
  --json                把拆分结果（稿件的 frontmatter 字段和正文）以 JSON 输出到标准输出，照常写入文件
                        （只看不写请加 --dry-run）；与 --outline 同用时输出目录的 JSON
  -h, --help            显示本说明

一个文件可以含多个版面（如整天的报纸），各版以“第03版：要闻”这样单独一行的版面标题开头，
版次和版名取自版面标题；标题里印有报名和日期的（人民日报 2026年04月28日 第05版：评论），
也取报名和日期。拆分不对时，在旁注文件里用 split 字段指明各篇稿件的标题或起始行。
命令行参数优先于旁注文件（与原文同名的 .yaml，如 page.txt → page.yaml），旁注文件优先于
版面标题，版面标题优先于推断。一份报纸各版都一样的排版习惯（titleFirst、columns、
printedHeadings）可写在内容文件夹的 papers.yaml 里（如“新华每日电讯: { titleFirst: true }”），
以后导入这份报纸不必再加参数；命令行参数和旁注文件仍然优先。
退出码：0 成功；1 有文件存在问题（未写入任何文件；用 --keep-going 时其余文件已写入）；2 用法错误。`;

export { UsageError } from '../shared/command.ts';

/** Where the ingester writes: items, page records and archived page texts. */
export interface ContentRoots {
	items: string;
	pages: string;
	sources: string;
}

export interface IngestOptions {
	/** Page text files and folders, as given. */
	inputs: string[];
	/** Page metadata from the flags; it wins over sidecars and inference. */
	flags: PageMetaInput;
	roots: ContentRoots;
	/** The transaction's folder: in the content folder, so that its renames stay on one file system. */
	transactionDir: string;
	force: boolean;
	/**
	 * Whether a page text may replace the archived one of its name (a corrected or completed text): otherwise a file whose
	 * archived copy differs is refused.
	 */
	replace: boolean;
	/** Write nothing: show what would be written (also set by --outline). */
	dryRun: boolean;
	/** Print the split as a table of contents instead of the writes. */
	outline: boolean;
	/** Write every good file and refuse only the bad ones, rather than nothing when any is bad. */
	keepGoing: boolean;
	json: boolean;
}

/** `--page-name` for pageName: flags are named in messages as they are typed. */
function flagName(field: PropertyKey): string {
	return `--${String(field).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function parseFlags(args: string[]) {
	try {
		return parseArgs({
			args,
			allowPositionals: true,
			options: {
				paper: { type: 'string' },
				'paper-slug': { type: 'string' },
				date: { type: 'string' },
				page: { type: 'string' },
				'page-name': { type: 'string' },
				columns: { type: 'string' },
				'title-first': { type: 'boolean' },
				'printed-headings': { type: 'boolean' },
				out: { type: 'string', default: 'content/items' },
				sources: { type: 'string' },
				force: { type: 'boolean', default: false },
				replace: { type: 'boolean', default: false },
				'dry-run': { type: 'boolean', default: false },
				outline: { type: 'boolean', default: false },
				'keep-going': { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}

/** The options given in `args` (the command line after the script), or 'help' when help is asked for. */
export function readOptions(args: string[]): IngestOptions | 'help' {
	const { values, positionals } = parseFlags(args);
	if (values.help) return 'help';
	if (positionals.length === 0) throw new UsageError('请给出至少一个版面文本文件或文件夹。');

	const flags = pageMetaInputSchema.safeParse({
		paper: values.paper,
		paperSlug: values['paper-slug'],
		date: values.date,
		page: values.page,
		pageName: values['page-name'],
		columns: values.columns
			?.split(/[,，、]/)
			.map((c) => c.trim())
			.filter(Boolean),
		titleFirst: values['title-first'],
		printedHeadings: values['printed-headings'],
	});
	if (!flags.success) throw new UsageError(flags.error.issues.map((i) => `${flagName(i.path[0] ?? '')}: ${i.message}`).join('\n'));

	const itemsRoot = resolve(values.out);
	const contentRoot = dirname(itemsRoot);
	return {
		inputs: positionals,
		flags: flags.data,
		roots: { items: itemsRoot, pages: join(contentRoot, 'pages'), sources: resolve(values.sources ?? join(contentRoot, 'sources')) },
		transactionDir: join(contentRoot, '.ingest-transaction'),
		force: values.force,
		replace: values.replace,
		dryRun: values['dry-run'] || values.outline,
		outline: values.outline,
		keepGoing: values['keep-going'],
		json: values.json,
	};
}
