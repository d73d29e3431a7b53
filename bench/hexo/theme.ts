/**
 * The bench's Hexo theme, written into the site folder: EJS layouts for the home list, posts,
 * archives and categories that show what a reader's pages show (title, date, categories, author
 * and the post's content or a summary), in the shape of Hexo's stock theme (landscape): one layout
 * around every page, the post list pages of 20 with a paginator, a category sidebar rendered once
 * and cached as landscape's widgets are.
 */

const layout = `<!DOCTYPE html>
<html lang="<%= config.language %>">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><% if (page.title) { %><%= page.title %> | <% } %><%= config.title %></title>
  <meta name="description" content="<%= page.description || config.description %>">
  <%- css('css/style') %>
</head>
<body>
  <header class="site-header">
    <a class="site-title" href="<%- url_for('/') %>"><%= config.title %></a>
    <nav><a href="<%- url_for(config.archive_dir + '/') %>">Archives</a></nav>
  </header>
  <div class="site">
    <main><%- body %></main>
    <aside><%- partial('_partial/categories', null, { cache: true }) %></aside>
  </div>
  <footer>&copy; <%= config.author %></footer>
</body>
</html>
`

const meta = `<p class="meta">
  <time datetime="<%= date_xml(post.date) %>"><%= date(post.date, config.date_format) %> <%= time(post.date, config.time_format) %></time>
  <% if (post.categories && post.categories.length) { %>
  · <%- list_categories(post.categories, { show_count: false, style: 'none', separator: ' › ' }) %>
  <% } %>
  <% if (post.author) { %> · <%= post.author %><% } %>
</p>
`

// A list entry as the reader's lists show one: title, meta and a short summary of the text.
const entry = `<article class="entry">
  <h2><a href="<%- url_for(post.path) %>"><%= post.title || '(untitled)' %></a></h2>
  <%- partial('_partial/meta', { post: post }) %>
  <p class="summary"><%= truncate(strip_html(post.excerpt || post.content), { length: 150 }) %></p>
</article>
`

const categories = `<section class="categories">
  <h2>Categories</h2>
  <%- list_categories({ depth: 2, show_count: true }) %>
</section>
`

const pager = `<% if (page.total > 1) { %>
<nav class="pager"><%- paginator({ prev_text: '‹ Newer', next_text: 'Older ›' }) %></nav>
<% } %>
`

// The home list shows each post's content, as landscape does (its excerpt where it has one).
const index = `<% page.posts.each(function (post) { %>
<article class="post">
  <h2><a href="<%- url_for(post.path) %>"><%= post.title || '(untitled)' %></a></h2>
  <%- partial('_partial/meta', { post: post }) %>
  <div class="content"><%- post.excerpt || post.content %></div>
</article>
<% }) %>
<%- partial('_partial/pager') %>
`

const post = `<article class="post">
  <h1><%= page.title || '(untitled)' %></h1>
  <%- partial('_partial/meta', { post: page }) %>
  <% if (page.headimg) { %><img class="headimg" src="<%= page.headimg %>" alt=""><% } %>
  <div class="content"><%- page.content %></div>
  <nav class="post-nav">
    <% if (page.prev) { %><a href="<%- url_for(page.prev.path) %>">‹ <%= page.prev.title %></a><% } %>
    <% if (page.next) { %><a href="<%- url_for(page.next.path) %>"><%= page.next.title %> ›</a><% } %>
  </nav>
</article>
`

// Also the tag pages' layout: hexo-generator-tag falls back to it when a theme has no tag layout.
const archive = `<h1><% if (page.tag) { %>#<%= page.tag %><% } else if (page.year) { %><%= page.year %><% if (page.month) { %>-<%= String(page.month).padStart(2, '0') %><% } %><% } else { %>Archives<% } %></h1>
<% page.posts.each(function (post) { %><%- partial('_partial/entry', { post: post }) %><% }) %>
<%- partial('_partial/pager') %>
`

const category = `<h1><%= page.category %></h1>
<% page.posts.each(function (post) { %><%- partial('_partial/entry', { post: post }) %><% }) %>
<%- partial('_partial/pager') %>
`

const style = `body { margin: 0; font: 16px/1.6 system-ui, sans-serif; color: #222; }
.site-header, footer { padding: 1rem 2rem; background: #f4f1ea; }
.site { display: flex; gap: 2rem; max-width: 72rem; margin: 0 auto; padding: 1rem 2rem; }
main { flex: 1; min-width: 0; }
aside { width: 16rem; font-size: 0.9rem; }
.meta { color: #666; font-size: 0.85rem; }
.content img, .headimg { max-width: 100%; height: auto; }
.pager a, .pager span { margin-right: 0.5rem; }
`

/** The theme's files, by path inside `themes/<name>/`. */
export const themeFiles: Record<string, string> = {
  '_config.yml': '# No options: the layouts read only the site config.\n',
  'layout/layout.ejs': layout,
  'layout/index.ejs': index,
  'layout/post.ejs': post,
  'layout/archive.ejs': archive,
  'layout/category.ejs': category,
  'layout/_partial/meta.ejs': meta,
  'layout/_partial/entry.ejs': entry,
  'layout/_partial/categories.ejs': categories,
  'layout/_partial/pager.ejs': pager,
  'source/css/style.css': style,
}
