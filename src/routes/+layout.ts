// Every route is prerendered: the build is a static folder.
export const prerender = true;
export const trailingSlash = 'never';
