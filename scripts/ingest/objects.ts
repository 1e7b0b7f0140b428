/**
 * Drops the fields of `value` that hold nothing: undefined, and empty lists unless named in
 * `keepEmpty`. Mutates and returns `value`, so that written YAML and JSON carry no empty keys.
 */
export function withoutEmpty<T extends object>(value: T, keepEmpty: (keyof T)[] = []): T {
	for (const key of Object.keys(value) as (keyof T)[]) {
		const field = value[key];
		if (field === undefined || (Array.isArray(field) && field.length === 0 && !keepEmpty.includes(key))) delete value[key];
	}
	return value;
}

/** A copy of `value` (plain objects, arrays and strings, as parsed JSON holds) with `map` applied to every string in it. */
export function withStringsMapped<T>(value: T, map: (text: string) => string): T {
	if (typeof value === 'string') return map(value) as T;
	if (Array.isArray(value)) return value.map((entry) => withStringsMapped(entry, map)) as T;
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withStringsMapped(field, map)])) as T;
	return value;
}
