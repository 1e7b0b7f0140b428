import { isNameList, parseBylineLine } from './ingest/bylines.ts';
for (const l of ['王树国  尹  力  孔令宝  石泰峰  叶建春  田  野  白玛赤林', '丁仲礼  丁学东  万立骏  马  兴  马伟明  王沪宁  王东峰  王光谦', '秘书长  刘  奇']) console.log(l, isNameList(l), JSON.stringify(parseBylineLine(l)));
