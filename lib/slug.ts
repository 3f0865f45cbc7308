// The one slug function: article ids, heading and step ids, tree ids and every link to them
// go through it, so an id and a link to it can never be spelt two ways.
const NON_ALNUM = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(NON_ALNUM, '-')
    .replace(EDGE_DASHES, '');
}

/** True when `id` is already in slug form, i.e. an author wrote a valid explicit id. */
export function isSlug(id: string): boolean {
  return id.length > 0 && slugify(id) === id;
}
