// The part of React that @lit/react's createComponent calls, for scripts/runtimes-check.mjs:
// enough to load credits-widgets/react18 and run a wrapper's render once, outside React.
export const forwardRef = (render) => ({ render });
export const createElement = (type, props) => ({ type, props });
export const useRef = (current) => ({ current });
export const useCallback = (callback) => callback;
export const useLayoutEffect = () => {};
