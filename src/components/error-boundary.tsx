import type { ReactNode } from 'react'
import { Component } from 'react'

interface Props {
  fallback: (error: unknown, reset: () => void) => ReactNode
  /** A change (such as the location) clears the error, so navigating away recovers. */
  resetKey?: unknown
  /** Runs whenever the error clears (Retry or a new resetKey), before the children render again. */
  onReset?: () => void
  children: ReactNode
}

interface State {
  failed: boolean
  error: unknown
}

/** For the parts outside route boundaries (tree, calendar): one failing piece never blanks the page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error }
  }

  componentDidUpdate(prev: Props) {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.reset()
  }

  reset = () => {
    this.props.onReset?.()
    this.setState({ failed: false, error: null })
  }

  render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
