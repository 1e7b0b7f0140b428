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
