import { useEffect, useRef, useState } from 'react'
import './pill-button.css'
import './confirm-button.css'

interface Props {
  /** The button, and the name of the question's group. */
  label: string
  question: string
  confirm: string
  cancel: string
  onConfirm: () => void
}

/**
 * A button for what cannot be undone: it asks in place first. Focus goes to Cancel when it asks,
 * and back to the button when the reader cancels.
 */
export function ConfirmButton({ label, question, confirm, cancel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  useEffect(() => {
    if (asking) cancelButton.current?.focus()
    else if (asked.current) button.current?.focus()
    asked.current = asking
  }, [asking])
  if (!asking)
    return (
      <button ref={button} type="button" className="pill-button" onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  return (
    <div className="confirm-button" role="group" aria-label={label}>
      <p>{question}</p>
      <button
        type="button"
        className="pill-button"
        onClick={() => {
          asked.current = false
          setAsking(false)
          onConfirm()
        }}
      >
        {confirm}
      </button>
      <button
        ref={cancelButton}
        type="button"
        className="pill-button"
        onClick={() => setAsking(false)}
      >
        {cancel}
      </button>
    </div>
  )
}
