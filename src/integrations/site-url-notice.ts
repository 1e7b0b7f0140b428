/**
 * Says, once per build, what a build without SITE_URL leaves out: feeds, the sitemap and
 * canonical links all need the site's absolute address, and guessing it would publish wrong ones.
 */
import type { AstroIntegration } from 'astro';
import { buildSettings } from '../settings/build-settings.ts';

export function siteUrlNotice(): AstroIntegration {
	return {
		name: 'site-url-notice',
		hooks: {
			'astro:build:start': ({ logger }) => {
				// astro:build:start has no config; the settings are what astro.config.mjs reads.
				if (buildSettings().siteUrl) return;
				logger.warn(
					'没有设置 SITE_URL，本次构建不生成订阅源（RSS、Atom、JSON Feed）、站点地图和规范链接（canonical）。' +
						'部署前请带上站点的完整地址构建，例如：SITE_URL=https://example.org npm run build',
				);
			},
		},
	};
}
