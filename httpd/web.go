package httpd

// WebEngine is what the one-click pages need from the workflow (filled in by the pages).
type WebEngine interface{}

type visitLog struct{}

func newVisitLog() *visitLog { return &visitLog{} }

func (s *Server) routeWeb() {}
