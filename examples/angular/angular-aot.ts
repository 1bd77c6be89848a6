/**
 * Angular's ahead-of-time compiler as a small Vite plugin, instead of the Angular CLI:
 * - at build start, `@angular/compiler-cli` compiles the app (templates included, type-checked
 *   with `strictTemplates`); an error in a template or in TypeScript fails the build;
 * - Vite loads each `.ts` file of the app as the compiler emitted it;
 * - the Angular linker (Babel) turns the partially compiled declarations in `@angular/*`
 *   packages into final code, so that no JIT compiler ships.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createCompilerHost, formatDiagnostics, performCompilation, readConfiguration } from '@angular/compiler-cli';
import type { Plugin } from 'vite';

// the Babel that the linker is built for: the one beside @angular/compiler-cli
const requireFromCompiler = createRequire(createRequire(import.meta.url).resolve('@angular/compiler-cli/package.json'));
const babel = requireFromCompiler('@babel/core') as typeof import('@babel/core');

export function angularAot({ tsconfig }: { tsconfig: URL }): Plugin {
  const emitted = new Map<string, string>();
  return {
    name: 'angular-aot',
    enforce: 'pre',
    buildStart() {
      const config = readConfiguration(fileURLToPath(tsconfig));
      const options = { ...config.options, noEmit: false, outDir: undefined, declaration: false, sourceMap: false, inlineSourceMap: false };
      const host = createCompilerHost({ options });
      host.writeFile = (fileName, text) => emitted.set(fileName, text);
      const { diagnostics } = performCompilation({ rootNames: config.rootNames, options, host });
      const errors = [...config.errors, ...diagnostics];
      if (errors.length) this.error(`Angular compiler:\n${formatDiagnostics(errors)}`);
    },
    load(id) {
      return id.endsWith('.ts') ? emitted.get(id.replace(/\.ts$/, '.js')) : undefined;
    },
    async transform(code, id) {
      if (!/[\\/]node_modules[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return undefined;
      const { default: linker } = await import('@angular/compiler-cli/linker/babel');
      const result = await babel.transformAsync(code, {
        filename: id,
        configFile: false,
        babelrc: false,
        compact: false,
        sourceMaps: true,
        plugins: [linker],
      });
      return result?.code ? { code: result.code, map: result.map } : undefined;
    },
  };
}
