import { useNavigation } from 'react-router'

/** A thin bar while a navigation waits for data; CSS delays it so fast navigations show nothing. */
export function NavigationProgress() {
  const { state } = useNavigation()
  return state === 'idle' ? null : <div className="nav-progress" aria-hidden="true" />
}
