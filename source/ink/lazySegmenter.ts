// Intl.Segmenter loads ICU's break rules when it is made (~15 ms at start, ~2 MB resident), and three of
// ink's dependencies make one as they load. scripts/build.mjs hands them this instead: the real one is
// made when something first needs a line segmented, which berth's plain lines never do.
export function lazySegmenter(
  locales?: string | string[],
  options?: Intl.SegmenterOptions,
): Pick<Intl.Segmenter, 'segment'> {
  let real: Intl.Segmenter | undefined;
  return {
    segment: (input: string) => {
      real ??= new Intl.Segmenter(locales, options);
      return real.segment(input);
    },
  };
}
