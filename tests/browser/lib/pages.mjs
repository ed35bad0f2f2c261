// One page of each kind of a built site (the second page of a paged list among them); the folder listing finds a real address for the kinds whose ids come from content.
import fs from 'node:fs';

export function pageKinds(site) {
  const first = folder => {
    const name = fs.readdirSync(`${site}/${folder}`).filter(n => fs.existsSync(`${site}/${folder}/${n}/index.html`)).sort()[0];
    return `${folder}/${name}/index.html`;
  };
  return [
    'index.html', 'programs/index.html', 'programs/index-2.html', first('programs'), 'regions/index.html', first('regions'), first('departments'),
    'department-types/index.html', first('department-types'), 'documents/index.html', first('documents'),
    'audiences/index.html', first('audiences'), 'categories/index.html', first('categories'), 'compare/index.html',
    first('compare'), 'hotlines/index.html', 'hotlines/index-2.html', 'search/index.html?q=' + encodeURIComponent('高龄津贴'), '404.html',
    'calculators/index.html', 'finder/index.html', withCalculator(site),
  ];
}

/** The first programme page that carries a calculator. */
export function withCalculator(site) {
  const name = fs.readdirSync(`${site}/programs`).sort()
    .find(n => fs.existsSync(`${site}/programs/${n}/index.html`) && fs.readFileSync(`${site}/programs/${n}/index.html`, 'utf8').includes('class="calc-app"'));
  return `programs/${name}/index.html`;
}
