/** The same box enhance-body draws for broken body images, for React-rendered images. */
export function ImageFallback({ href, label }: { href: string; label: string }) {
  return (
    <a className="img-fallback" href={href} target="_blank" rel="noopener noreferrer">
      <svg
        className="img-fallback__icon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
      >
        <path
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
          d="M4 5h16v14H4z M4 16l5-5 4 4 2-2 5 5 M15.5 9.5a1.5 1.5 0 1 0 0-.01"
        />
      </svg>
      <span className="img-fallback__text">{label}</span>
    </a>
  )
}
