import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--no-sandbox'] });
const [w, h, step, explore] = [+process.argv[2], +process.argv[3], process.argv[4], process.argv[5] === 'x'];
const page = await browser.newPage({ viewport: { width: w, height: h }, reducedMotion: 'reduce', isMobile: true, hasTouch: true });
await page.goto('http://127.0.0.1:4173/?step=' + step);
await page.waitForSelector(`[data-map-step="${step}"]`, { timeout: 60000 });
if (explore) { await page.getByRole('button', { name: 'Explore the map' }).click(); await page.waitForTimeout(800); }
await page.screenshot({ path: `/tmp/p-${w}-${step}${explore?'-x':''}.png` });
console.log(await page.evaluate(() => { const m={}; const c=window.__treatyMap.getCanvas(); const r=c.getBoundingClientRect(); for (let y=Math.max(0,r.top)+4;y<Math.min(innerHeight,r.bottom);y+=8) for (let x=4;x<r.right;x+=8){const e=document.elementFromPoint(x,y); if(e!==c){const k=e.tagName+'.'+e.className; m[k]=(m[k]||0)+1;}} return JSON.stringify({r: [r.left,r.top,r.width,r.height], scrollY, m}); }));
await browser.close();
