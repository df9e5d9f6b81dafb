package main

// Go 1.20+ wording: Go 1.19 words this error differently.

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func main() {
	var r Runner = Job{} // ERROR "Job does not implement Runner \(method Run has pointer receiver\)"
	_ = r
}
